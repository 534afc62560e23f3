import { randomBytes } from 'node:crypto';
import { PLATFORM_OS } from '../../nodes/shared/mparticle';
import { accepted, envelope, objectBody, rejectNotFound, rejectValidation } from '../replies';
import type { RouteModule } from '../router';
import type { App, PlatformServiceConfig, Store } from '../store';
import { timestamp } from '../timestamp';

/** mParticle does not publish its app limit; this one is the emulator's, so "Exceeded app limit." can be reached. */
export const EMULATOR_APP_LIMIT = 25;

/** Platform settings: the JSON type each takes and, for text settings, the allowed values. */
const PLATFORM_SETTINGS: Record<string, { type: 'string' | 'boolean' | 'number'; values?: string[] }> = {
	crash_handling: { type: 'string', values: ['AppDefined', 'ForceCatch', 'ForceIgnore'] },
	network_performance: { type: 'string', values: ['AppDefined', 'ForceTrue', 'ForceFalse'] },
	social_mode: { type: 'string', values: ['AppDefined', 'Facebook', 'Twitter', 'FacebookAndTwitter'] },
	profile_merging: { type: 'boolean' },
	push_attribution_timer: { type: 'number' },
};

type Platform = Record<string, unknown>;

/** Apps, their platforms (one per OS) and the services configured on each platform. */
export const appRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/apps', ({ accountId }) =>
		envelope('application', store.apps.filter((app) => app.account_id === accountId).map(presentApp)),
	);

	router.v1('GET', '/apps/{appId}', ({ accountId, params }) =>
		envelope('application', [presentApp(findApp(store, accountId, params.appId))]),
	);

	router.v1('POST', '/apps', ({ accountId, request }) => {
		const body = objectBody(request.body);
		const name = typeof body.name === 'string' ? body.name.trim() : '';
		if (name === '') rejectValidation('App name not specified.');
		if (!Array.isArray(body.platforms) || body.platforms.length === 0) {
			rejectValidation('App must have at least one platform selected.');
		}
		const oses = body.platforms.map((platform) => knownOs((platform as { os?: unknown } | null)?.os));
		if (oses.some((os) => os === undefined)) rejectValidation('Invalid as specified.');
		const apps = store.apps.filter((app) => app.account_id === accountId);
		if (apps.some((app) => app.name.toLowerCase() === name.toLowerCase())) {
			rejectValidation('App name already exists.');
		}
		if (apps.length >= (store.appLimit ?? EMULATOR_APP_LIMIT)) rejectValidation('Exceeded app limit.');
		const now = timestamp();
		const app: App = {
			id: store.nextId(),
			account_id: accountId,
			name,
			platforms: [],
			created_on: now,
			last_modified_on: now,
		};
		const created = [...new Set(oses as string[])].map((os) => newPlatform(app.id, os, {}));
		app.platforms = created.map(withoutSecret);
		store.apps.push(app);
		store.countCreate('POST /v1/apps');
		return envelope('application', [{ ...presentApp(app), platforms: created }], 201);
	});

	router.v1('PUT', '/apps/{appId}', ({ accountId, params, request }) => {
		const app = findApp(store, accountId, params.appId);
		const body = objectBody(request.body);
		if (typeof body.name !== 'string' || body.name.trim() === '')
			rejectValidation('App name must be specified.');
		app.name = body.name.trim();
		app.last_modified_on = timestamp();
		return accepted();
	});

	router.v1('DELETE', '/apps/{appId}', ({ accountId, params }) => {
		const app = findApp(store, accountId, params.appId);
		if (app.platforms.length > 0)
			rejectValidation('Deleting an app that has active platforms is not allowed.');
		store.apps.splice(store.apps.indexOf(app), 1);
		return accepted();
	});

	router.v1('GET', '/apps/{appId}/platforms', ({ accountId, params }) =>
		envelope('platform', findApp(store, accountId, params.appId).platforms.map(copy)),
	);

	router.v1('GET', '/apps/{appId}/platforms/{os}', ({ accountId, params }) => {
		const app = findApp(store, accountId, params.appId);
		return envelope('platform', [copy(findPlatform(app, params.os))]);
	});

	// Documented path for creating a platform: the app's own path, no /platforms segment.
	router.v1('POST', '/apps/{appId}', ({ accountId, params, request }) => {
		const app = store.apps.find(
			(candidate) => candidate.id === Number(params.appId) && candidate.account_id === accountId,
		);
		if (!app) rejectValidation('Could not create platform: App does not exist or you do not have access.');
		const body = objectBody(request.body);
		const os = knownOs(body.os);
		if (!os) rejectValidation('Invalid os specified.');
		if (app.platforms.some((platform) => platform.os === os)) {
			rejectValidation('Platform already exists for the specified App.');
		}
		const platform = newPlatform(app.id, os, platformSettings(body));
		app.platforms.push(withoutSecret(platform));
		app.last_modified_on = timestamp();
		store.countCreate('POST /v1/apps/{appId}');
		return envelope('platform', [platform], 201);
	});

	router.v1('PUT', '/apps/{appId}/platforms/{os}', ({ accountId, params, request }) => {
		const platform = findPlatform(findApp(store, accountId, params.appId), params.os);
		Object.assign(platform, platformSettings(objectBody(request.body)), { last_modified_on: timestamp() });
		return accepted();
	});

	router.v1('DELETE', '/apps/{appId}/platforms/{os}', ({ accountId, params }) => {
		const app = findApp(store, accountId, params.appId);
		const platform = findPlatform(app, params.os);
		app.platforms.splice(app.platforms.indexOf(platform), 1);
		for (const config of configsOf(store, app.id, String(platform.os))) {
			store.platformServices.splice(store.platformServices.indexOf(config), 1);
		}
		return accepted();
	});

	router.v1('GET', '/apps/{appId}/platforms/{os}/services', ({ accountId, params }) => {
		const app = findApp(store, accountId, params.appId);
		const platform = findPlatform(app, params.os);
		return envelope(
			'service',
			configsOf(store, app.id, String(platform.os)).map((config) => presentConfig(store, config)),
		);
	});

	// Upsert: one configuration per service, account label and visibility on a platform.
	router.v1('PUT', '/apps/{appId}/platforms/{os}/services', ({ accountId, params, request }) => {
		const app = findApp(store, accountId, params.appId);
		const platform = findPlatform(app, params.os);
		const body = objectBody(request.body);
		const service = store.services.find((candidate) => candidate.name === body.name);
		if (!service) rejectValidation('Specified service not found.');
		if (!service.supports_app_platforms) rejectValidation('Service does not support app platform.');
		const given = body.settings ?? [];
		if (
			!Array.isArray(given) ||
			given.some((setting) => !setting || typeof setting !== 'object' || typeof setting.name !== 'string')
		) {
			rejectValidation('Invalid settings entered while updating the service.');
		}
		const settings = (given as Array<{ name: string; value?: unknown }>).map(({ name, value }) => {
			if (!service.settings.some((definition) => definition.name === name)) {
				rejectValidation('Provided setting not found.');
			}
			if (value === undefined || value === null || String(value) === '')
				rejectValidation('Setting value is required.');
			return { name, value: String(value) };
		});
		for (const definition of service.settings) {
			if (definition.is_required && !settings.some((setting) => setting.name === definition.name)) {
				rejectValidation('Required setting not provided.');
			}
		}
		const config: PlatformServiceConfig = {
			app_id: app.id,
			os: String(platform.os),
			name: service.name,
			account:
				typeof body.account === 'string' && body.account.trim() !== '' ? body.account : 'Default Account',
			isActive: body.isActive === true,
			isVisible: body.isVisible !== false,
			settings,
		};
		const existing = configsOf(store, app.id, config.os).find(
			(candidate) =>
				candidate.name === config.name &&
				candidate.account === config.account &&
				candidate.isVisible === config.isVisible,
		);
		if (existing) {
			Object.assign(existing, config);
		} else {
			store.platformServices.push(config);
			store.countCreate('PUT /v1/apps/{appId}/platforms/{os}/services');
		}
		return accepted();
	});
};

function knownOs(value: unknown) {
	if (typeof value !== 'string') return undefined;
	return PLATFORM_OS.find((os) => os.toLowerCase() === value.trim().toLowerCase());
}

function findApp(store: Store, accountId: number, id: string) {
	const app = store.apps.find(
		(candidate) => candidate.id === Number(id) && candidate.account_id === accountId,
	);
	if (!app) rejectNotFound(`App ${id}`);
	return app;
}

/** The `{os}` in platform paths is matched whatever its case (mParticle's examples write it lowercase). */
function findPlatform(app: App, os: string) {
	const platform = app.platforms.find((candidate) => String(candidate.os).toLowerCase() === os.toLowerCase());
	if (!platform) rejectNotFound(`Platform ${os} of app ${app.id}`);
	return platform;
}

function configsOf(store: Store, appId: number, os: string) {
	return store.platformServices.filter((config) => config.app_id === appId && config.os === os);
}

/** The settings in a platform body, checked; the wording of a refusal is the emulator's (mParticle documents none). */
function platformSettings(body: Record<string, unknown>) {
	const settings: Platform = {};
	for (const [name, rule] of Object.entries(PLATFORM_SETTINGS)) {
		if (body[name] === undefined) continue;
		const value = body[name];
		const valid =
			typeof value === rule.type &&
			(!rule.values || rule.values.includes(value as string)) &&
			(rule.type !== 'number' || (Number.isInteger(value) && (value as number) >= 0));
		if (!valid) rejectValidation(`Invalid ${name} specified.`);
		settings[name] = value;
	}
	return settings;
}

/** A new platform with a fresh access key; its secret is shown in this create response only. */
function newPlatform(appId: number, os: string, settings: Platform): Platform {
	const now = timestamp();
	return {
		application_id: appId,
		os,
		access_keys: [
			{
				key: randomBytes(16).toString('hex'),
				secret: randomBytes(24).toString('base64url'),
				data_type: 'token',
			},
		],
		crash_handling: 'AppDefined',
		network_performance: 'AppDefined',
		social_mode: 'AppDefined',
		profile_merging: true,
		push_attribution_timer: 30,
		...settings,
		data_type: 'platform',
		created_on: now,
		last_modified_on: now,
	};
}

function withoutSecret(platform: Platform): Platform {
	const keys = platform.access_keys as Array<Record<string, unknown>>;
	return { ...platform, access_keys: keys.map((key) => ({ ...key, secret: null })) };
}

function copy(platform: Platform): Platform {
	return JSON.parse(JSON.stringify(platform)) as Platform;
}

function presentApp(app: App) {
	const { id, name, created_on, last_modified_on } = app;
	return {
		id,
		name,
		platforms: app.platforms.map(copy),
		data_type: 'application',
		created_on,
		last_modified_on,
	};
}

/** Confidential values are masked as mParticle does: stars, then the last four characters. */
function presentConfig(store: Store, config: PlatformServiceConfig) {
	const definitions = store.services.find((service) => service.name === config.name)?.settings ?? [];
	return {
		name: config.name,
		account: config.account,
		isActive: config.isActive,
		isVisible: config.isVisible,
		settings: config.settings.map(({ name, value }) => {
			const isConfidential = definitions.some(
				(definition) => definition.name === name && definition.is_confidential,
			);
			return { name, value: isConfidential ? mask(value) : value, isConfidential };
		}),
		data_type: 'service',
	};
}

function mask(value: string) {
	return '*'.repeat(Math.max(value.length - 4, 8)) + value.slice(-4);
}

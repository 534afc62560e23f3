import { EMULATOR_APP_LIMIT } from '../emulator/routes/apps';
import { useHarness } from './helpers';

const h = useHarness();
const appNode = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleApp', parameters: parameters as never });
const app = (parameters: Record<string, unknown>) => appNode({ resource: 'app', ...parameters });
const platform = (parameters: Record<string, unknown>) => appNode({ resource: 'platform', ...parameters });
const platformService = (parameters: Record<string, unknown>) =>
	appNode({ resource: 'platformService', ...parameters });
const OS_LIST = 'iOS, tvOS, Android, MobileWeb, Roku, Alexa, SmartTV, FireTV, Xbox';
const requests = () => h.emulator.apiRequests();
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

describe('mParticle App › App', () => {
	it('Get Many lists the apps of the account with their platforms', async () => {
		const run = await app({ operation: 'getAll', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual(['Acme Shop', 'Acme TV']);
		expect(run.items[0]).toMatchObject({ id: 3001, data_type: 'application' });
		expect(requests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/apps', query: { accountId: '1001' } }),
		]);
	});

	it('Get Many stops at Limit', async () => {
		const run = await app({ operation: 'getAll', returnAll: false, limit: 1 });
		expect(run.items.map((item) => item.name)).toEqual(['Acme Shop']);
	});

	it('Get returns one app; its access secrets are empty', async () => {
		const run = await app({ operation: 'get', appId: ' 3001 ' });
		expect(run.items).toHaveLength(1);
		expect(run.items[0]).toMatchObject({ id: 3001, name: 'Acme Shop' });
		const platforms = run.items[0].platforms as Array<{
			os: string;
			access_keys: Array<{ secret: unknown }>;
		}>;
		expect(platforms.map((p) => p.os)).toEqual(['iOS', 'Android']);
		expect(platforms[0].access_keys[0].secret).toBeNull();
		expect(requests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/apps/3001',
			query: { accountId: '1001' },
		});
	});

	it('Get of an app outside the account fails with 404', async () => {
		const run = await app({ operation: 'get', appId: '3001', accountId: '1002' });
		expect(run.error?.message).toBe('App 3001 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Create sends {name, platforms:[{os}]} and outputs the app with its secrets, shown once', async () => {
		const run = await app({ operation: 'create', name: ' Acme Kiosk ', platforms: ['iOS', 'Android'] });
		expect(run.error).toBeUndefined();
		expect(requests()).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/v1/apps',
				query: { accountId: '1001' },
				body: { name: 'Acme Kiosk', platforms: [{ os: 'iOS' }, { os: 'Android' }] },
			}),
		]);
		expect(run.items).toHaveLength(1);
		const created = run.items[0] as { id: number; name: string; platforms: Array<Record<string, unknown>> };
		expect(created.name).toBe('Acme Kiosk');
		const keys = created.platforms.map((p) => (p.access_keys as Array<{ key: string; secret: string }>)[0]);
		expect(keys.every((key) => typeof key.secret === 'string' && key.secret.length > 0)).toBe(true);
		expect(h.emulator.store.creates.get('POST /v1/apps')).toBe(1);

		const later = await app({ operation: 'get', appId: String(created.id) });
		const laterKeys = (later.items[0].platforms as Array<{ access_keys: Array<{ secret: unknown }> }>).map(
			(p) => p.access_keys[0].secret,
		);
		expect(laterKeys).toEqual([null, null]);
	});

	it.each([
		['Acme Living Room', '={{ ["roku", "FIRETV"] }}'],
		['Acme Den', '={{ "roku, FireTV" }}'],
	])(
		'Create %s accepts OSes from an expression (%s) in any case and sends mParticle’s spelling',
		async (name, platforms) => {
			const run = await app({ operation: 'create', name, platforms });
			expect(run.error).toBeUndefined();
			expect(requests()[0].body).toEqual({ name, platforms: [{ os: 'Roku' }, { os: 'FireTV' }] });
		},
	);

	it('Create with a name in use fails with mParticle’s message and creates nothing', async () => {
		const before = h.emulator.store.creates.get('POST /v1/apps') ?? 0;
		const run = await app({ operation: 'create', name: 'Acme Shop', platforms: ['Roku'] });
		expect(run.error?.message).toBe('App name already exists.');
		expect(httpCode(run.error)).toBe('422');
		expect(run.error?.description).toContain('VALIDATION_ERROR: App name already exists.');
		expect(h.emulator.store.creates.get('POST /v1/apps') ?? 0).toBe(before);
	});

	it.each([
		['={{ "Windows" }}', `Platforms must be one of ${OS_LIST} (got "Windows")`],
		['={{ ["iOS", "Windows"] }}', `Platforms must be one of ${OS_LIST} (got "Windows")`],
		['={{ [] }}', 'Platforms is required: choose at least one OS'],
		['={{ ["iOS", "ios"] }}', 'Platforms lists iOS more than once'],
	])('Create refuses Platforms %p before any request', async (platforms, message) => {
		const run = await app({ operation: 'create', name: 'Never sent', platforms });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Update renames the app with PUT {name}', async () => {
		const created = await app({ operation: 'create', name: 'Rename me', platforms: ['Xbox'] });
		const id = String(created.items[0].id);
		h.emulator.reset();
		const run = await app({ operation: 'update', appId: id, name: 'Renamed' });
		expect(run.items).toEqual([{ success: true }]);
		expect(requests()).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: `/v1/apps/${id}`,
				query: { accountId: '1001' },
				body: { name: 'Renamed' },
			}),
		]);
		expect(h.emulator.store.apps.find((a) => a.id === Number(id))?.name).toBe('Renamed');
	});

	it('Update with a blank name fails before any request, naming the field', async () => {
		const run = await app({ operation: 'update', appId: '3001', name: '={{ "  " }}' });
		expect(run.error?.message).toBe('Name is required');
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Update of an app outside the account fails with 404', async () => {
		const run = await app({ operation: 'update', appId: '424242', name: 'Nope' });
		expect(run.error?.message).toBe('App 424242 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Delete of an app that still has platforms fails with mParticle’s business rule', async () => {
		const run = await app({ operation: 'delete', appId: '3002' });
		expect(run.error?.message).toBe('Deleting an app that has active platforms is not allowed.');
		expect(requests()[0]).toMatchObject({
			method: 'DELETE',
			path: '/v1/apps/3002',
			query: { accountId: '1001' },
		});
		expect(h.emulator.store.apps.some((a) => a.id === 3002)).toBe(true);
	});

	it.each(['abc', '0', '12.5'])('a non-numeric App ID (%p) fails before any request', async (appId) => {
		const run = await app({ operation: 'get', appId });
		expect(run.error?.message).toBe(
			`App ID must be a whole number greater than 0, e.g. 1234 (got "${appId}")`,
		);
		expect(h.emulator.log).toHaveLength(0);
	});
});

describe('mParticle App › Platform', () => {
	it('Get Many lists the platforms of an app', async () => {
		const run = await platform({ operation: 'getAll', appId: '3001', returnAll: true });
		expect(run.items.map((item) => item.os)).toEqual(['iOS', 'Android']);
		expect(run.items[0]).toMatchObject({ application_id: 3001, data_type: 'platform' });
		expect(requests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/apps/3001/platforms',
			query: { accountId: '1001' },
		});
	});

	it('Get sends the OS lowercase in the path', async () => {
		const run = await platform({ operation: 'get', appId: '3001', os: 'Android' });
		expect(run.items).toEqual([expect.objectContaining({ os: 'Android', application_id: 3001 })]);
		expect(run.items[0].access_keys).toEqual([expect.objectContaining({ secret: null })]);
		expect(requests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/apps/3001/platforms/android',
			query: { accountId: '1001' },
		});
	});

	it('Get accepts an OS from an expression in any case', async () => {
		const run = await platform({ operation: 'get', appId: '3001', os: '={{ "IOS" }}' });
		expect(run.items[0]).toMatchObject({ os: 'iOS' });
		expect(requests()[0].path).toBe('/v1/apps/3001/platforms/ios');
	});

	it.each(['get', 'update', 'delete'])('%s refuses an unknown OS before any request', async (operation) => {
		const run = await platform({
			operation,
			appId: '3001',
			os: '={{ "Windows" }}',
			platformSettings: { socialMode: 'Facebook' },
		});
		expect(run.error?.message).toBe(`OS must be one of ${OS_LIST} (got "Windows")`);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Get of a platform the app does not have fails with 404', async () => {
		const run = await platform({ operation: 'get', appId: '3002', os: 'Xbox' });
		expect(run.error?.message).toBe('Platform xbox of app 3002 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Create posts os and the settings given to /v1/apps/{appId} and outputs the secret once', async () => {
		const run = await platform({
			operation: 'create',
			appId: '3002',
			os: 'tvOS',
			platformSettings: { crashHandling: 'ForceCatch', profileMerging: false, pushAttributionTimer: 15 },
		});
		expect(run.error).toBeUndefined();
		expect(requests()).toEqual([
			expect.objectContaining({
				method: 'POST',
				path: '/v1/apps/3002',
				query: { accountId: '1001' },
				body: {
					os: 'tvos',
					crash_handling: 'ForceCatch',
					profile_merging: false,
					push_attribution_timer: 15,
				},
			}),
		]);
		expect(run.items).toEqual([
			expect.objectContaining({
				os: 'tvOS',
				application_id: 3002,
				crash_handling: 'ForceCatch',
				profile_merging: false,
				push_attribution_timer: 15,
			}),
		]);
		const [key] = run.items[0].access_keys as Array<{ key: string; secret: string }>;
		expect(key.secret).toEqual(expect.any(String));
		expect(h.emulator.store.creates.get('POST /v1/apps/{appId}')).toBe(1);

		const later = await platform({ operation: 'get', appId: '3002', os: 'tvOS' });
		expect(later.items[0].access_keys).toEqual([{ key: key.key, secret: null, data_type: 'token' }]);
	});

	it('Create with only an OS sends only the OS', async () => {
		const run = await platform({ operation: 'create', appId: '3002', os: 'Alexa' });
		expect(run.error).toBeUndefined();
		expect(requests()[0].body).toEqual({ os: 'alexa' });
	});

	it('Create of a second platform for the same OS fails with mParticle’s message', async () => {
		const run = await platform({ operation: 'create', appId: '3002', os: 'Roku' });
		expect(run.error?.message).toBe('Platform already exists for the specified App.');
		expect(httpCode(run.error)).toBe('422');
	});

	it('Create on an app outside the account fails with mParticle’s message', async () => {
		const run = await platform({ operation: 'create', appId: '3001', os: 'Xbox', accountId: '1002' });
		expect(run.error?.message).toBe(
			'Could not create platform: App does not exist or you do not have access.',
		);
		expect(requests()[0]).toMatchObject({
			method: 'POST',
			path: '/v1/apps/3001',
			query: { accountId: '1002' },
		});
	});

	it('Create refuses an unknown OS before any request', async () => {
		const run = await platform({ operation: 'create', appId: '3002', os: '={{ "Windows" }}' });
		expect(run.error?.message).toBe(`OS must be one of ${OS_LIST} (got "Windows")`);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Update sends only the settings given, under mParticle’s names', async () => {
		const run = await platform({
			operation: 'update',
			appId: '3001',
			os: 'iOS',
			platformSettings: { socialMode: 'FacebookAndTwitter', networkPerformance: 'ForceTrue' },
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(requests()).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/v1/apps/3001/platforms/ios',
				query: { accountId: '1001' },
				body: { network_performance: 'ForceTrue', social_mode: 'FacebookAndTwitter' },
			}),
		]);
		const stored = h.emulator.store.apps.find((a) => a.id === 3001)!.platforms.find((p) => p.os === 'iOS')!;
		expect(stored).toMatchObject({
			social_mode: 'FacebookAndTwitter',
			network_performance: 'ForceTrue',
			profile_merging: true,
		});
	});

	it('Update of a platform the app does not have fails with 404', async () => {
		const run = await platform({
			operation: 'update',
			appId: '3001',
			os: 'Xbox',
			platformSettings: { profileMerging: true },
		});
		expect(run.error?.message).toBe('Platform xbox of app 3001 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it.each([
		[{}, 'Update Fields is empty: add at least one setting to change'],
		[
			{ crashHandling: '={{ "Sometimes" }}' },
			'Crash Handling must be one of AppDefined, ForceCatch, ForceIgnore (got "Sometimes")',
		],
		[
			{ networkPerformance: '={{ "Maybe" }}' },
			'Network Performance must be one of AppDefined, ForceFalse, ForceTrue (got "Maybe")',
		],
		[
			{ socialMode: '={{ "MySpace" }}' },
			'Social Mode must be one of AppDefined, Facebook, FacebookAndTwitter, Twitter (got "MySpace")',
		],
		[{ profileMerging: '={{ "yes" }}' }, 'Profile Merging must be true or false (got "yes")'],
		[
			{ pushAttributionTimer: '={{ -5 }}' },
			'Push Attribution Timer (Minutes) must be a whole number of minutes, 0 or more (got "-5")',
		],
		[
			{ pushAttributionTimer: '={{ 2.5 }}' },
			'Push Attribution Timer (Minutes) must be a whole number of minutes, 0 or more (got "2.5")',
		],
	])('Update refuses settings %p before any request', async (platformSettings, message) => {
		const run = await platform({ operation: 'update', appId: '3001', os: 'iOS', platformSettings });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Delete removes the platform; then the app can be deleted', async () => {
		const created = await app({ operation: 'create', name: 'Short lived', platforms: ['SmartTV'] });
		const id = String(created.items[0].id);
		h.emulator.reset();
		const blocked = await app({ operation: 'delete', appId: id });
		expect(blocked.error?.message).toBe('Deleting an app that has active platforms is not allowed.');

		const run = await platform({ operation: 'delete', appId: id, os: 'SmartTV' });
		expect(run.items).toEqual([{ success: true }]);
		expect(requests()[1]).toMatchObject({
			method: 'DELETE',
			path: `/v1/apps/${id}/platforms/smarttv`,
			query: { accountId: '1001' },
		});

		const deleted = await app({ operation: 'delete', appId: id });
		expect(deleted.items).toEqual([{ success: true }]);
		expect(requests()[2]).toMatchObject({
			method: 'DELETE',
			path: `/v1/apps/${id}`,
			query: { accountId: '1001' },
		});
		expect(h.emulator.store.apps.some((a) => a.id === Number(id))).toBe(false);
	});

	it('Delete of a platform the app does not have fails with 404', async () => {
		const run = await platform({ operation: 'delete', appId: '3001', os: 'MobileWeb' });
		expect(run.error?.message).toBe('Platform mobileweb of app 3001 not found.');
		expect(httpCode(run.error)).toBe('404');
	});
});

describe('mParticle App › Platform Service', () => {
	it('Get Many lists the services on a platform, confidential values masked', async () => {
		const run = await platformService({ operation: 'getAll', appId: '3001', os: 'iOS', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{
				name: 'GoogleAnalyticsEventForwarder',
				account: 'Default Account',
				isActive: true,
				isVisible: true,
				settings: [
					{ name: 'apiKey', value: '*********** Key', isConfidential: true },
					{ name: 'useCustomerId', value: 'True', isConfidential: false },
				],
				data_type: 'service',
			},
		]);
		expect(requests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/apps/3001/platforms/ios/services',
			query: { accountId: '1001' },
		});
	});

	it('Configure sends the camelCase body with the settings as name/value pairs', async () => {
		const run = await platformService({
			operation: 'configure',
			appId: '3001',
			os: 'Android',
			serviceName: 'Amplitude',
			isActive: true,
			isVisible: false,
			accountLabel: ' EU Property ',
			serviceSettings: {
				setting: [
					{ name: 'apiKey', value: 'amp-secret-1234' },
					{ name: 'includeEmailAsUserProperty', value: '={{ true }}' },
				],
			},
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(requests()).toEqual([
			expect.objectContaining({
				method: 'PUT',
				path: '/v1/apps/3001/platforms/android/services',
				query: { accountId: '1001' },
				body: {
					name: 'Amplitude',
					isActive: true,
					isVisible: false,
					account: 'EU Property',
					settings: [
						{ name: 'apiKey', value: 'amp-secret-1234' },
						{ name: 'includeEmailAsUserProperty', value: 'true' },
					],
				},
			}),
		]);
		expect(h.emulator.store.creates.get('PUT /v1/apps/{appId}/platforms/{os}/services')).toBe(1);

		const listed = await platformService({
			operation: 'getAll',
			appId: '3001',
			os: 'Android',
			returnAll: true,
		});
		expect(listed.items).toEqual([
			expect.objectContaining({
				name: 'Amplitude',
				account: 'EU Property',
				isVisible: false,
				settings: [
					{ name: 'apiKey', value: '***********1234', isConfidential: true },
					{ name: 'includeEmailAsUserProperty', value: 'true', isConfidential: false },
				],
			}),
		]);
	});

	it('Configure again replaces the configuration (upsert) and leaves out an empty account label', async () => {
		const run = await platformService({
			operation: 'configure',
			appId: '3001',
			os: 'iOS',
			serviceName: 'GoogleAnalyticsEventForwarder',
			isActive: false,
			serviceSettings: { setting: [{ name: 'apiKey', value: 'UA-999-Next' }] },
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(requests()[0].body).toEqual({
			name: 'GoogleAnalyticsEventForwarder',
			isActive: false,
			isVisible: true,
			settings: [{ name: 'apiKey', value: 'UA-999-Next' }],
		});
		const configs = h.emulator.store.platformServices.filter((c) => c.app_id === 3001 && c.os === 'iOS');
		expect(configs).toEqual([
			expect.objectContaining({ isActive: false, settings: [{ name: 'apiKey', value: 'UA-999-Next' }] }),
		]);
	});

	it.each([
		['NoSuchService', [{ name: 'apiKey', value: 'x' }], 'Specified service not found.'],
		['Radar', [], 'Service does not support app platform.'],
		['Indicative', [], 'Required setting not provided.'],
		[
			'Indicative',
			[
				{ name: 'apiKey', value: 'x' },
				{ name: 'colour', value: 'blue' },
			],
			'Provided setting not found.',
		],
		['Indicative', [{ name: 'apiKey', value: '' }], 'Setting value is required.'],
	])('Configure %s with %j fails with mParticle’s message', async (serviceName, setting, message) => {
		const run = await platformService({
			operation: 'configure',
			appId: '3001',
			os: 'iOS',
			serviceName,
			serviceSettings: { setting },
		});
		expect(run.error?.message).toBe(message);
		expect(httpCode(run.error)).toBe('422');
		expect(requests()).toHaveLength(1);
	});

	it.each([
		[{ isActive: '={{ "maybe" }}' }, 'Active must be true or false (got "maybe")'],
		[{ isVisible: '={{ "no" }}' }, 'Visible must be true or false (got "no")'],
		[{ serviceSettings: { setting: [{ name: ' ', value: 'x' }] } }, 'Setting 1: Name is required'],
		[
			{
				serviceSettings: {
					setting: [
						{ name: 'apiKey', value: 'a' },
						{ name: 'apiKey', value: 'b' },
					],
				},
			},
			'Setting 2: Name "apiKey" is given twice',
		],
		[{ serviceName: '={{ "" }}' }, 'Service Name is required'],
		[{ os: '={{ "Windows" }}' }, `OS must be one of ${OS_LIST} (got "Windows")`],
		[{ appId: 'my-app' }, 'App ID must be a whole number greater than 0, e.g. 1234 (got "my-app")'],
	])('Configure refuses %j before any request', async (override, message) => {
		const run = await platformService({
			operation: 'configure',
			appId: '3001',
			os: 'iOS',
			serviceName: 'Indicative',
			serviceSettings: { setting: [{ name: 'apiKey', value: 'x' }] },
			...override,
		});
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Get Many on a platform the app does not have fails with 404', async () => {
		const run = await platformService({ operation: 'getAll', appId: '3002', os: 'iOS', returnAll: true });
		expect(run.error?.message).toBe('Platform ios of app 3002 not found.');
	});
});

/** Documented refusals the node never triggers (it refuses that input itself), checked on the emulator directly. */
describe('the emulator refuses app writes with mParticle’s documented messages', () => {
	async function send(method: string, path: string, body: unknown) {
		const token = await fetch(h.emulator.tokenUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				client_id: h.emulator.clientId,
				client_secret: h.emulator.clientSecret,
				audience: h.emulator.audience,
				grant_type: 'client_credentials',
			}),
		}).then((response) => response.json() as Promise<{ access_token: string }>);
		const response = await fetch(`${h.emulator.url}${path}`, {
			method,
			headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		const reply = (await response.json()) as { errors: Array<{ message: string }> };
		return [response.status, reply.errors[0].message];
	}

	it.each([
		['POST', '/v1/apps?accountId=1001', { platforms: [{ os: 'iOS' }] }, 'App name not specified.'],
		[
			'POST',
			'/v1/apps?accountId=1001',
			{ name: 'X', platforms: [] },
			'App must have at least one platform selected.',
		],
		[
			'POST',
			'/v1/apps?accountId=1001',
			{ name: 'X', platforms: [{ os: 'Windows' }] },
			'Invalid as specified.',
		],
		['PUT', '/v1/apps/3001?accountId=1001', { name: ' ' }, 'App name must be specified.'],
		['POST', '/v1/apps/3001?accountId=1001', { os: 'Windows' }, 'Invalid os specified.'],
		[
			'PUT',
			'/v1/apps/3001/platforms/ios/services?accountId=1001',
			{ name: 'Indicative', isActive: true, settings: 'apiKey=x' },
			'Invalid settings entered while updating the service.',
		],
	])('%s %s %j → 422 %p', async (method, path, body, message) => {
		expect(await send(method, path, body)).toEqual([422, message]);
	});

	it('POST /v1/apps beyond the app limit → 422 Exceeded app limit.', async () => {
		const { apps } = h.emulator.store;
		const before = apps.length;
		for (let index = 0; index < EMULATOR_APP_LIMIT; index++) {
			apps.push({
				id: 90000 + index,
				account_id: 1002,
				name: `Filler ${index}`,
				platforms: [],
				created_on: '',
				last_modified_on: '',
			});
		}
		try {
			expect(
				await send('POST', '/v1/apps?accountId=1002', { name: 'One too many', platforms: [{ os: 'iOS' }] }),
			).toEqual([422, 'Exceeded app limit.']);
		} finally {
			apps.length = before;
		}
	});
});

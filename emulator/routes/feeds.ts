import { PLATFORM_OS } from '../../nodes/shared/mparticle';
import { objectBody, rejectNotFound, rejectValidation } from '../replies';
import type { Reply, RouteModule } from '../router';
import type { Feed, FeedSubscription, Store } from '../store';
import { timestamp } from '../timestamp';

const FEED_OS: readonly string[] = [...PLATFORM_OS, 'Unknown'];

/** Feed responses spell the envelope's type key `data_type`, as mParticle's reference shows. */
function feedEnvelope(dataType: string, data: unknown[], status = 200): Reply {
	return { status, body: { data, data_type: dataType, errors: null } };
}

/**
 * Partner feeds, their output configurations and subscriptions (v1). mParticle documents no errors for
 * feeds; the 404/422 messages here are the emulator's own.
 */
export const feedRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/workspace/{workspaceId}/partnerfeeds', ({ accountId, params }) => {
		const workspaceId = findWorkspace(store, accountId, params.workspaceId);
		const feeds = store.feeds.filter((feed) => feed.workspace_id === workspaceId);
		return feedEnvelope(
			'partner_feed',
			feeds.map((feed) => ({
				id: String(feed.id),
				name: feed.name,
				data_type: 'partner_feed',
				created_on: feed.created_on,
			})),
		);
	});

	router.v1('GET', '/partnerfeeds/{feedId}', ({ accountId, params }) =>
		feedEnvelope('Partner Feed', [present(findFeed(store, accountId, params.feedId))]),
	);

	router.v1('POST', '/workspace/{workspaceId}/partnerfeeds', ({ accountId, params, request }) => {
		const workspaceId = findWorkspace(store, accountId, params.workspaceId);
		const content = checkedFeed(store, workspaceId, objectBody(request.body));
		const feed: Feed = { id: store.nextId(), workspace_id: workspaceId, ...content, created_on: timestamp() };
		store.feeds.push(feed);
		store.countCreate('POST /v1/workspace/{workspaceId}/partnerfeeds');
		return feedEnvelope(
			'Partner Feed',
			[{ data_type: 'Partner Feed', id: feed.id, created_on: feed.created_on }],
			201,
		);
	});

	router.v1('PUT', '/workspace/{workspaceId}/partnerfeeds/{feedId}', ({ accountId, params, request }) => {
		const workspaceId = findWorkspace(store, accountId, params.workspaceId);
		const feed = store.feeds.find(
			(candidate) => candidate.workspace_id === workspaceId && String(candidate.id) === params.feedId,
		);
		if (!feed) rejectNotFound(`Feed ${params.feedId}`);
		Object.assign(feed, checkedFeed(store, workspaceId, objectBody(request.body), feed.id));
		return feedEnvelope('Partner Feed', [
			{ data_type: 'Partner Feed', id: feed.id, created_on: feed.created_on },
		]);
	});

	router.v1('GET', '/workspace/{workspaceId}/{moduleName}/serviceconfigurations', ({ accountId, params }) => {
		const workspaceId = findWorkspace(store, accountId, params.workspaceId);
		const service = store.services.find(
			(candidate) => candidate.name.toLowerCase() === params.moduleName.toLowerCase(),
		);
		if (!service) rejectNotFound('Specified service');
		const configurations = store.serviceConfigurations.filter(
			(configuration) =>
				configuration.workspace_id === workspaceId && configuration.module_name === service.name,
		);
		return feedEnvelope(
			'Service Configuration',
			configurations.map(({ id, name, created_on }) => ({
				id,
				name,
				data_type: 'Service Configuration',
				created_on,
			})),
		);
	});

	router.v1('GET', '/partnerfeeds/{feedId}/subscriptions', ({ accountId, params }) => {
		const feed = findFeed(store, accountId, params.feedId);
		const subscriptions = store.feedSubscriptions.filter((subscription) => subscription.feed_id === feed.id);
		return feedEnvelope(
			'Partner Feed Subscription',
			subscriptions.map((subscription) => presentSubscription(store, subscription)),
		);
	});

	router.v1('POST', '/partnerfeeds/{feedId}/subscriptions', ({ accountId, params, request }) => {
		const feed = findFeed(store, accountId, params.feedId);
		const body = objectBody(request.body);
		if (typeof body.service_configuration_id !== 'number') {
			rejectValidation('service_configuration_id must be a number.');
		}
		const configuration = store.serviceConfigurations.find(
			(candidate) =>
				candidate.id === body.service_configuration_id && candidate.workspace_id === feed.workspace_id,
		);
		if (!configuration) rejectValidation('Service configuration not found in the feed’s workspace.');
		if (typeof body.is_active !== 'boolean') rejectValidation('is_active must be true or false.');
		const subscription: FeedSubscription = {
			id: store.nextId(),
			feed_id: feed.id,
			service_configuration_id: configuration.id,
			is_active: body.is_active,
			settings: checkedSettings(body.settings),
			created_on: timestamp(),
		};
		store.feedSubscriptions.push(subscription);
		store.countCreate('POST /v1/partnerfeeds/{feedId}/subscriptions');
		return feedEnvelope(
			'PartnerFeed Subscription',
			[{ data_type: 'PartnerFeed Subscription', id: subscription.id, created_on: subscription.created_on }],
			201,
		);
	});
};

function findWorkspace(store: Store, accountId: number, id: string) {
	const workspace = store.workspaces.find(
		(candidate) => String(candidate.id) === id && candidate.account_id === accountId,
	);
	if (!workspace) rejectNotFound(`Workspace ${id}`);
	return workspace.id;
}

function findFeed(store: Store, accountId: number, id: string) {
	const feed = store.feeds.find((candidate) => String(candidate.id) === id);
	const workspace = feed && store.workspaces.find((candidate) => candidate.id === feed.workspace_id);
	if (!feed || workspace?.account_id !== accountId) rejectNotFound(`Feed ${id}`);
	return feed;
}

function checkedFeed(store: Store, workspaceId: number, body: Record<string, unknown>, exceptId?: number) {
	for (const field of ['module_name', 'name', 'os']) {
		if (typeof body[field] !== 'string' || (body[field] as string).trim() === '')
			rejectValidation(`${field} is required.`);
	}
	if (!FEED_OS.includes(body.os as string)) rejectValidation('Invalid os specified.');
	if (body.is_debug !== undefined && typeof body.is_debug !== 'boolean')
		rejectValidation('is_debug must be true or false.');
	const name = body.name as string;
	const clash = store.feeds.some(
		(feed) =>
			feed.workspace_id === workspaceId &&
			feed.id !== exceptId &&
			feed.name.toLowerCase() === name.toLowerCase(),
	);
	if (clash) rejectValidation('Feed name must be unique.');
	return {
		module_name: body.module_name as string,
		name,
		os: body.os as string,
		is_debug: body.is_debug === true,
		settings: checkedSettings(body.settings),
	};
}

function checkedSettings(value: unknown) {
	if (value === undefined || value === null) return [];
	if (!Array.isArray(value)) rejectValidation('settings must be a list.');
	return value.map((setting: Record<string, unknown>) => {
		if (typeof setting?.name !== 'string' || setting.name === '')
			rejectValidation('Each setting needs a name.');
		return {
			name: setting.name,
			value: setting.value === undefined ? null : (setting.value as string | null),
		};
	});
}

function present(feed: Feed) {
	const { id, module_name, name, os, is_debug, settings } = feed;
	return { id, module_name, name, os, is_debug, settings, data_type: 'Partner Feed' };
}

function presentSubscription(store: Store, subscription: FeedSubscription) {
	const configuration = store.serviceConfigurations.find(
		(candidate) => candidate.id === subscription.service_configuration_id,
	);
	return {
		id: subscription.id,
		service_configuration_id: subscription.service_configuration_id,
		config_name: configuration?.name ?? '',
		is_active: subscription.is_active,
		settings: subscription.settings,
		data_type: 'Partner Feed Subscription',
		created_on: subscription.created_on,
	};
}

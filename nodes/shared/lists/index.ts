import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { checkPositiveInteger } from '../checks';
import { CALCULATED_ATTRIBUTES_PATH, FIELD_TRANSFORMATIONS_PATH } from '../mparticle';
import { currentValue, listEntities, requiredCurrentId, requiredCurrentText } from './request';
import { nameWithId, searchResults } from './results';
import { inChosenWorkspace, searchList } from './searchList';

/*
 * Every dropdown list of the package (the From List mode of resource locators). A node names the ones its
 * fields use in `methods.listSearch`; a resource locator names one by its exported name here.
 */

/**
 * The accounts the credential can see, e.g. "Acme Production (1001)" → 1001. Always asked in the
 * credential's own account, so a wrong Account ID on the node cannot break the list that corrects it.
 */
export const searchAccounts = searchList('/v1/accounts', undefined, 'credential');

/** The apps of the account, e.g. "Acme Shop (3001)" → 3001. */
export const searchApps = searchList('/v1/apps');

/** The active audiences of the account, e.g. "Cart Abandoners (7001)" → 7001. */
export const searchAudiences = searchList('/v1/audiences');

/** The calculated attributes of the workspace in Workspace ID, e.g. "Lifetime purchases (7101)" → 7101. */
export const searchCalculatedAttributes = searchList(
	inChosenWorkspace(CALCULATED_ATTRIBUTES_PATH, 'calculated attributes'),
);

/**
 * The field transformations of the workspace in Workspace ID, e.g.
 * "Warehouse orders as purchase events (orders-to-events)" → orders-to-events.
 */
export const searchFieldTransformations = searchList(
	inChosenWorkspace(FIELD_TRANSFORMATIONS_PATH, 'field transformations'),
);

/** The platforms of the app chosen in App ID, by OS, e.g. "Android" → Android. */
export const searchPlatforms = searchList(
	(context) =>
		`/v1/apps/${requiredCurrentId(context, { name: 'appId', label: 'App ID', entity: 'app', listOf: 'platforms' })}/platforms`,
	(platform) => ({ name: String(platform.os), value: String(platform.os) }),
);

/**
 * The configurations of the output service named in Output Module Name, in the workspace chosen in
 * Workspace, e.g. "Amplitude production (8001)" → 8001: what a feed subscription forwards to.
 */
export const searchServiceConfigurations = searchList((context) => {
	const listOf = 'configurations of the output service';
	const workspaceId = requiredCurrentId(context, {
		name: 'workspaceId',
		label: 'Workspace ID',
		entity: 'workspace',
		listOf,
	});
	const moduleName = requiredCurrentText(context, {
		name: 'moduleName',
		label: 'Output Module Name',
		entity: 'workspace',
		listOf,
	});
	return `/v1/workspace/${workspaceId}/${encodeURIComponent(moduleName)}/serviceconfigurations`;
});

/** The services (integrations) mParticle offers, by module name, e.g. "Indicative" → Indicative. */
export const searchServices = searchList('/v1/services', (service) => ({
	name: String(service.name),
	value: String(service.name),
}));

/** The dashboard users of the account, by name and e-mail, e.g. "Jane Doe (jane.doe@acme.com)" → the e-mail. */
export const searchUsers = searchList('/v1/users', (user) => ({
	name: nameWithId([user.first_name, user.last_name].filter(Boolean).join(' '), user.email),
	value: String(user.email),
}));

/** The workspaces of the account, e.g. "Web and Mobile (4302)" → 4302. */
export const searchWorkspaces = searchList('/v1/workspace');

function feedEntry(feed: IDataObject, workspaceName?: unknown) {
	const name = nameWithId(feed.name, feed.id);
	return { name: workspaceName ? `${name} · ${String(workspaceName)}` : name, value: String(feed.id) };
}

/**
 * The partner feeds of the workspace in Workspace ID, e.g. "Radar production (6001)" → 6001. Operations
 * that take only a feed (Get, subscriptions) have no workspace field: then every workspace of the account is
 * listed, and each entry names its workspace, e.g. "Radar production (6001) · Web and Mobile".
 */
export async function searchFeeds(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const workspaceId = currentValue(this, 'workspaceId', 'Workspace ID');
	if (workspaceId !== '') {
		const id = checkPositiveInteger(this, workspaceId, 'Workspace ID');
		const feeds = await listEntities(this, `/v1/workspace/${id}/partnerfeeds`);
		return searchResults(
			feeds.map((feed) => feedEntry(feed)),
			filter,
		);
	}
	const entries = [];
	for (const workspace of await listEntities(this, '/v1/workspace')) {
		const path = `/v1/workspace/${encodeURIComponent(String(workspace.id))}/partnerfeeds`;
		const feeds = await listEntities(this, path);
		entries.push(...feeds.map((feed) => feedEntry(feed, workspace.name)));
	}
	return searchResults(entries, filter);
}

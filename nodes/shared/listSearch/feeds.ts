import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { checkPositiveInteger } from '../validate';
import { currentValue, listEntities } from './request';
import { nameWithId, searchResults } from './results';

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

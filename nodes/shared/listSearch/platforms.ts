import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities, requiredCurrentId } from './request';
import { searchResults } from './results';

/** The platforms of the app chosen in App ID, by OS, e.g. "Android" → Android. */
export async function searchPlatforms(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const appId = requiredCurrentId(this, {
		name: 'appId',
		label: 'App ID',
		entity: 'app',
		listOf: 'platforms',
	});
	const platforms = await listEntities(this, `/v1/apps/${appId}/platforms`);
	return searchResults(
		platforms.map((platform) => ({ name: String(platform.os), value: String(platform.os) })),
		filter,
	);
}

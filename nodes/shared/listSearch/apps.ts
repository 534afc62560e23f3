import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { nameWithId, searchResults } from './results';

/** The apps of the account, e.g. "Acme Shop (3001)" → 3001. */
export async function searchApps(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const apps = await listEntities(this, '/v1/apps');
	return searchResults(
		apps.map((app) => ({ name: nameWithId(app.name, app.id), value: String(app.id) })),
		filter,
	);
}

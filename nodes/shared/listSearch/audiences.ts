import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { nameWithId, searchResults } from './results';

/** The active audiences of the account, e.g. "Cart Abandoners (7001)" → 7001. */
export async function searchAudiences(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const audiences = await listEntities(this, '/v1/audiences');
	return searchResults(
		audiences.map((audience) => ({
			name: nameWithId(audience.name, audience.id),
			value: String(audience.id),
		})),
		filter,
	);
}

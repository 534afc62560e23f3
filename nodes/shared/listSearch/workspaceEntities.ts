import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities, requiredCurrentId } from './request';
import { nameWithId, searchResults } from './results';

/**
 * A list of one workspace's entities (the workspace comes from the Workspace ID field), each shown as
 * "name (id)", e.g. "Lifetime purchases (7101)". `path` is the v2 list path with `{workspaceId}`.
 */
export function searchWorkspaceEntities(path: string, listOf: string) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const workspaceId = requiredCurrentId(this, {
			name: 'workspaceId',
			label: 'Workspace ID',
			entity: 'workspace',
			listOf,
		});
		const entities = await listEntities(this, path.replace('{workspaceId}', workspaceId));
		return searchResults(
			entities.map((entity) => ({ name: nameWithId(entity.name, entity.id), value: String(entity.id) })),
			filter,
		);
	};
}

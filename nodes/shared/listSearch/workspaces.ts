import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { nameWithId, searchResults } from './results';

/** The workspaces of the account, e.g. "Web and Mobile (4302)" → 4302. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const workspaces = await listEntities(this, '/v1/workspace');
	return searchResults(
		workspaces.map((workspace) => ({
			name: nameWithId(workspace.name, workspace.id),
			value: String(workspace.id),
		})),
		filter,
	);
}

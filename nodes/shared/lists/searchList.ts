import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { listEntities, requiredCurrentId, type AccountSource } from './request';
import { nameWithId, searchResults } from './results';

/** The usual entry: "name (id)" → id, e.g. "Acme Shop (3001)" → 3001. */
export function byNameAndId(entity: IDataObject): INodeListSearchItems {
	return { name: nameWithId(entity.name, entity.id), value: String(entity.id) };
}

/**
 * A dropdown list of the entities at one API path, each shown by `entry`, filtered by the search text.
 * `path` may depend on the node's current fields (e.g. the chosen workspace).
 */
export function searchList(
	path: string | ((context: ILoadOptionsFunctions) => string),
	entry: (entity: IDataObject) => INodeListSearchItems = byNameAndId,
	accountSource?: AccountSource,
) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const entities = await listEntities(this, typeof path === 'string' ? path : path(this), accountSource);
		return searchResults(entities.map(entry), filter);
	};
}

/** The path of a list of one workspace's entities, from the Workspace ID field (`{workspaceId}` in `path`). */
export function inChosenWorkspace(path: string, listOf: string) {
	return (context: ILoadOptionsFunctions) =>
		path.replace(
			'{workspaceId}',
			requiredCurrentId(context, { name: 'workspaceId', label: 'Workspace ID', entity: 'workspace', listOf }),
		);
}

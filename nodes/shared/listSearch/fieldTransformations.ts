import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { FIELD_TRANSFORMATIONS_PATH } from '../../MParticleFieldTransformation/path';
import { listEntities, requiredCurrentId } from './request';
import { nameWithId, searchResults } from './results';

/**
 * The field transformations of the workspace in Workspace ID, e.g.
 * "Warehouse orders as purchase events (orders-to-events)" → orders-to-events.
 */
export async function searchFieldTransformations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const workspaceId = requiredCurrentId(this, {
		name: 'workspaceId',
		label: 'Workspace ID',
		entity: 'workspace',
		listOf: 'field transformations',
	});
	const transformations = await listEntities(
		this,
		FIELD_TRANSFORMATIONS_PATH.replace('{workspaceId}', workspaceId),
	);
	return searchResults(
		transformations.map((transformation) => ({
			name: nameWithId(transformation.name, transformation.id),
			value: String(transformation.id),
		})),
		filter,
	);
}

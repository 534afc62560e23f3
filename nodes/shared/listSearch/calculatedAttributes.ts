import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { CALCULATED_ATTRIBUTES_PATH } from '../../MParticleCalculatedAttribute/path';
import { listEntities, requiredCurrentId } from './request';
import { nameWithId, searchResults } from './results';

/** The calculated attributes of the workspace in Workspace ID, e.g. "Lifetime purchases (7101)" → 7101. */
export async function searchCalculatedAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const workspaceId = requiredCurrentId(this, {
		name: 'workspaceId',
		label: 'Workspace ID',
		entity: 'workspace',
		listOf: 'calculated attributes',
	});
	const attributes = await listEntities(
		this,
		CALCULATED_ATTRIBUTES_PATH.replace('{workspaceId}', workspaceId),
	);
	return searchResults(
		attributes.map((attribute) => ({
			name: nameWithId(attribute.name, attribute.id),
			value: String(attribute.id),
		})),
		filter,
	);
}

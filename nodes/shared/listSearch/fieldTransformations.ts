import { FIELD_TRANSFORMATIONS_PATH } from '../../MParticleFieldTransformation/path';
import { searchWorkspaceEntities } from './workspaceEntities';

/**
 * The field transformations of the workspace in Workspace ID, e.g.
 * "Warehouse orders as purchase events (orders-to-events)" → orders-to-events.
 */
export const searchFieldTransformations = searchWorkspaceEntities(
	FIELD_TRANSFORMATIONS_PATH,
	'field transformations',
);

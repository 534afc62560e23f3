import { FIELD_TRANSFORMATIONS_PATH } from '../../MParticleFieldTransformation/path';
import { inChosenWorkspace, searchList } from './searchList';

/**
 * The field transformations of the workspace in Workspace ID, e.g.
 * "Warehouse orders as purchase events (orders-to-events)" → orders-to-events.
 */
export const searchFieldTransformations = searchList(
	inChosenWorkspace(FIELD_TRANSFORMATIONS_PATH, 'field transformations'),
);

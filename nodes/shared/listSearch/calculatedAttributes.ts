import { CALCULATED_ATTRIBUTES_PATH } from '../../MParticleCalculatedAttribute/path';
import { searchWorkspaceEntities } from './workspaceEntities';

/** The calculated attributes of the workspace in Workspace ID, e.g. "Lifetime purchases (7101)" → 7101. */
export const searchCalculatedAttributes = searchWorkspaceEntities(
	CALCULATED_ATTRIBUTES_PATH,
	'calculated attributes',
);

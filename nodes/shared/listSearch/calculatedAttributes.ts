import { CALCULATED_ATTRIBUTES_PATH } from '../../MParticleCalculatedAttribute/path';
import { inChosenWorkspace, searchList } from './searchList';

/** The calculated attributes of the workspace in Workspace ID, e.g. "Lifetime purchases (7101)" → 7101. */
export const searchCalculatedAttributes = searchList(
	inChosenWorkspace(CALCULATED_ATTRIBUTES_PATH, 'calculated attributes'),
);

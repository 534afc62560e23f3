import { workspaceLocator } from '../../shared/fields/locators';
import { FIELD_TRANSFORMATIONS_PATH } from '../../shared/mparticle';
import type { Watched } from './watched';

export const fieldTransformation: Watched = {
	value: 'fieldTransformation',
	name: 'Field Transformation',
	description: 'The field transformations of a workspace',
	path: FIELD_TRANSFORMATIONS_PATH,
	fields: [workspaceLocator('Workspace whose field transformations to watch')],
};

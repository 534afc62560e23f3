import { returnAllOrLimit } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTES_PATH } from '../../../shared/mparticle';
import { nameFilterField, workspaceField } from './fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many calculated attributes',
	description: 'List the calculated attributes of a workspace, with their active and draft definitions',
	method: 'GET',
	path: CALCULATED_ATTRIBUTES_PATH,
	fields: [
		workspaceField,
		nameFilterField('Only return the calculated attribute with this name. Leave empty to list all.'),
		...returnAllOrLimit,
	],
};

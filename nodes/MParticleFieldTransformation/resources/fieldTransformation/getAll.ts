import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { FIELD_TRANSFORMATIONS_PATH } from '../../../shared/mparticle';
import { workspaceField } from './fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many field transformations',
	description:
		'List the field transformations of a workspace, one item per field transformation with its mappings',
	method: 'GET',
	path: FIELD_TRANSFORMATIONS_PATH,
	fields: [
		workspaceField,
		nameContainsField({
			description: `Only return field transformations whose name or ID contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name', 'id'],
			placeholder: 'e.g. orders',
		}),
		...returnAllOrLimit,
	],
};

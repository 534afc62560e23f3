import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many workspaces',
	description:
		'List the workspaces of the account, one item per workspace with its ID (as text here), name and creation date',
	method: 'GET',
	path: '/v1/workspace',
	fields: [
		nameContainsField({
			description: `Only return workspaces whose name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name'],
			placeholder: 'e.g. mobile',
		}),
		...returnAllOrLimit,
	],
};

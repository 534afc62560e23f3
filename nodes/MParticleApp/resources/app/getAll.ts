import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many apps',
	description: 'List the apps of the account, one item per app with its platforms and their access keys',
	method: 'GET',
	path: '/v1/apps',
	fields: [
		nameContainsField({
			description: `Only return apps whose name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name'],
		}),
		...returnAllOrLimit,
	],
};

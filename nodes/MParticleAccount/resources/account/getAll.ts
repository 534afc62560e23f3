import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description:
		'List every account the credential can see, one item per account (ID, name, creation and change dates)',
	method: 'GET',
	path: '/v1/accounts',
	fields: [
		nameContainsField({
			description: `Only return accounts whose name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name'],
		}),
		...returnAllOrLimit,
	],
};

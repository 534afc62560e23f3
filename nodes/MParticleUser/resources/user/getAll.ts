import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the dashboard users of the account (first name, last name, e-mail), one item per user',
	method: 'GET',
	path: '/v1/users',
	fields: [
		nameContainsField({
			displayName: 'Name or Email Contains',
			description: `Only return users whose first name, last name, full name or e-mail contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['first_name', 'last_name', 'email'],
			placeholder: 'e.g. jane',
		}),
		...returnAllOrLimit,
	],
};

import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the dashboard users of the account (first name, last name, e-mail), one item per user',
	method: 'GET',
	path: '/v1/users',
	fields: returnAllOrLimit,
};

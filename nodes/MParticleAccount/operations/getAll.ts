import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'List every account the credential can see, one item per account',
	method: 'GET',
	path: '/v1/accounts',
	fields: returnAllOrLimit,
};

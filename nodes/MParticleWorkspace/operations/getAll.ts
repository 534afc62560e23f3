import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many workspaces',
	description: 'List the workspaces of the account, one item per workspace',
	method: 'GET',
	path: '/v1/workspace',
	fields: returnAllOrLimit,
};

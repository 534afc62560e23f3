import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many apps',
	description: 'List the apps of the account, one item per app with its platforms',
	method: 'GET',
	path: '/v1/apps',
	fields: returnAllOrLimit,
};

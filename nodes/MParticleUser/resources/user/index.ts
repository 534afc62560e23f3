import type { Resource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const userResource: Resource = {
	name: 'User',
	value: 'user',
	description: 'A dashboard user of the account',
	operations: [get, getAll],
};

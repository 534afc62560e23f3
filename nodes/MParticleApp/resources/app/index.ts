import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const appResource: Resource = {
	name: 'App',
	value: 'app',
	description: 'An app (application family) that groups the platforms of one product',
	operations: [create, deleteOperation, get, getAll, update],
};

import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const accountResource: Resource = {
	name: 'Account',
	value: 'account',
	description: 'An mParticle account, which holds workspaces, apps and dashboard users',
	operations: [create, deleteOperation, get, getAll, update],
};

import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const platformResource: Resource = {
	name: 'Platform',
	value: 'platform',
	description: 'The platform of an app for one OS, with its access key and settings',
	operations: [create, deleteOperation, get, getAll, update],
};

import type { Resource } from '../../../shared/operation';
import { getAll } from './getAll';

export const workspaceResource: Resource = {
	name: 'Workspace',
	value: 'workspace',
	description: 'A workspace of the account',
	operations: [getAll],
};

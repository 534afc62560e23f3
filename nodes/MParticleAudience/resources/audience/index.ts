import type { Resource } from '../../../shared/operation';
import { deleteOperation } from './delete';
import { getAll } from './getAll';

export const audienceResource: Resource = {
	name: 'Audience',
	value: 'audience',
	description: 'An audience (a group of users) of the account or of one workspace',
	operations: [deleteOperation, getAll],
};

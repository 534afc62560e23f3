import type { Resource } from '../../../shared/operation';
import { configure } from './configure';
import { getAll } from './getAll';

export const platformServiceResource: Resource = {
	name: 'Platform Service',
	value: 'platformService',
	description: 'A service (integration) configured on a platform, with its settings',
	operations: [configure, getAll],
};

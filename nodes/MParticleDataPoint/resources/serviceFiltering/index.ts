import type { Resource } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

export const serviceFilteringResource: Resource = {
	name: 'Service Filtering',
	value: 'serviceFiltering',
	description: 'Whether an app forwards newly detected data points to a service by default',
	operations: [get, update],
};

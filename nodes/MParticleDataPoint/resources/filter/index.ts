import type { Resource } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

export const filterResource: Resource = {
	name: 'Filter',
	value: 'filter',
	description: 'Per data point, whether the app forwards it to a service',
	operations: [get, update],
};

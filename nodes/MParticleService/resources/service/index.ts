import type { Resource } from '../../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const serviceResource: Resource = {
	name: 'Service',
	value: 'service',
	description: 'A service (integration) mParticle can forward data to, with the settings it takes',
	operations: [get, getAll],
};

import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';

export const subscriptionResource: Resource = {
	name: 'Subscription',
	value: 'subscription',
	description: 'Connections from a feed to an output configuration',
	operations: [create, getAll],
};

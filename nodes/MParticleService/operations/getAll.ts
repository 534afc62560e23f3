import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many services',
	description:
		'List the services (integrations) mParticle offers, one item per service with the settings it takes',
	method: 'GET',
	path: '/v1/services',
	fields: returnAllOrLimit,
};

import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many services',
	description:
		'List the services (integrations) mParticle offers, one item per service with the settings it takes',
	method: 'GET',
	path: '/v1/services',
	fields: [
		nameContainsField({
			description: `Only return services whose module name contains this text, e.g. google. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name'],
			placeholder: 'e.g. google',
		}),
		...returnAllOrLimit,
	],
};

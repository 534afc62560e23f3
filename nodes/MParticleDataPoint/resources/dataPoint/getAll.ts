import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { appField } from '../../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many data points',
	description: 'List the data points mParticle has seen for an app (name, attribute, type, event type)',
	method: 'GET',
	path: '/v1/apps/{appId}/datapoints',
	fields: [
		appField,
		nameContainsField({
			description: `Only return data points whose name or attribute name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name', 'attribute_name'],
			placeholder: 'e.g. purchase',
		}),
		...returnAllOrLimit,
	],
};

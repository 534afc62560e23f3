import { returnAllOrLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operation';
import { appField } from '../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many data points',
	description: 'List the data points mParticle has seen for an app, one item per data point',
	method: 'GET',
	path: '/v1/apps/{appId}/datapoints',
	fields: [appField, ...returnAllOrLimit],
};

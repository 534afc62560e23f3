import type { Operation } from '../../../shared/operation';
import { appField, serviceNameField } from '../../fields';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get the data point filters of a service',
	description: 'List every data point of the app with whether it is forwarded to the service',
	method: 'GET',
	path: '/v1/apps/{appId}/{serviceName}/datapoints',
	fields: [appField, serviceNameField],
};

import type { Operation } from '../../../shared/operation';
import { appField, serviceNameField } from '../../fields';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get the service filtering of an app',
	description:
		'Get whether the app forwards newly detected data points to the service by default (sendNewDataPointsByDefault)',
	method: 'GET',
	path: '/v1/apps/{appId}/{serviceName}',
	fields: [appField, serviceNameField],
};

import { serviceNameLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a service',
	description: 'Get one service with the settings it takes (name, type, whether required)',
	method: 'GET',
	path: '/v1/services/{serviceName}',
	fields: [
		serviceNameLocator(
			'Service (integration): choose it from mParticle’s catalogue, or enter its module name, e.g. Indicative or GoogleAnalyticsEventForwarder (the name field of Get Many)',
		),
	],
};

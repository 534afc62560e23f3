import { booleanField } from '../../../shared/fields/boolean';
import type { Operation } from '../../../shared/operation';
import { appField, serviceNameField } from '../../fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update the service filtering of an app',
	description: 'Set whether the app forwards newly detected data points to the service by default',
	method: 'PUT',
	path: '/v1/apps/{appId}/{serviceName}',
	fields: [
		appField,
		serviceNameField,
		booleanField({
			name: 'sendNewDataPointsByDefault',
			displayName: 'Send New Data Points by Default',
			description:
				'Whether data points mParticle detects from now on are forwarded to the service until a filter says otherwise',
			default: true,
			send: { type: 'body', property: 'sendNewDataPointsByDefault' },
		}),
	],
};

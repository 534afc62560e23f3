import { booleanField } from '../../../shared/fields/boolean';
import { numericIdLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { settingsField } from '../../../shared/fields/settings';
import { subscriptionFeedIdField } from '../../fields';
import { serviceConfigurationListFields } from './fields';

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a feed subscription',
	description: 'Connect a partner feed to an output configuration, so the feed’s data goes there',
	method: 'POST',
	path: '/v1/partnerfeeds/{feedId}/subscriptions',
	fields: [
		subscriptionFeedIdField,
		...serviceConfigurationListFields,
		numericIdLocator({
			name: 'serviceConfigurationId',
			displayName: 'Service Configuration',
			description:
				'Output configuration to forward to: choose it from the list (fill in Workspace and Output Module Name first), or enter its numeric ID, e.g. 8001',
			searchListMethod: 'searchServiceConfigurations',
			listPlaceholder: 'Select an output configuration...',
			example: '8001',
			dependsOn: ['workspaceId', 'moduleName', 'accountId'],
			send: { type: 'body', property: 'service_configuration_id', convert: Number },
		}),
		booleanField({
			name: 'isActive',
			displayName: 'Active',
			description: 'Whether the subscription forwards data now',
			default: true,
			send: { type: 'body', property: 'is_active' },
		}),
		settingsField({
			description:
				'Settings of the subscription as name/value pairs. Leave empty when the output needs none.',
		}),
	],
};

import { booleanField } from '../../../shared/fields/boolean';
import { textField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';
import { checkPositiveInteger } from '../../../shared/checks';
import { settingsField } from '../../../shared/fields/settings';
import { subscriptionFeedIdField } from '../../fields';

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a feed subscription',
	description: 'Connect a partner feed to an output configuration, so the feed’s data goes there',
	method: 'POST',
	path: '/v1/partnerfeeds/{feedId}/subscriptions',
	fields: [
		subscriptionFeedIdField,
		textField({
			name: 'serviceConfigurationId',
			displayName: 'Service Configuration ID',
			description:
				'Numeric ID of the output configuration to forward to, e.g. 8001. Output Configuration → Get Many lists the IDs.',
			placeholder: 'e.g. 8001',
			required: true,
			check: checkPositiveInteger,
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

import { booleanBodyField } from '../../../shared/booleanBody';
import { numericIdField } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operation';
import { sendTextToBody } from '../../../shared/sendText';
import { settingsField } from '../../../shared/settings';
import { subscriptionFeedIdField } from '../fields';

const serviceConfigurationId = numericIdField(
	'serviceConfigurationId',
	'Service Configuration ID',
	'Numeric ID of the output configuration to forward to, e.g. 8001. Output Configuration → Get Many lists the IDs.',
);

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a feed subscription',
	description:
		'Connect a partner feed to an output configuration so the feed’s data is forwarded there. Outputs the new subscription’s ID. The feed ID in the path is inferred.',
	method: 'POST',
	path: '/v1/partnerfeeds/{feedId}/subscriptions',
	fields: [
		subscriptionFeedIdField,
		{
			...serviceConfigurationId,
			routing: {
				send: {
					preSend: [
						...(serviceConfigurationId.routing?.send?.preSend ?? []),
						sendTextToBody('serviceConfigurationId', 'service_configuration_id', Number),
					],
				},
			},
		},
		booleanBodyField('isActive', 'Active', 'is_active', 'Whether the subscription forwards data now', true),
		settingsField({
			description:
				'Settings of the subscription as name/value pairs. Leave empty when the output needs none.',
		}),
	],
};

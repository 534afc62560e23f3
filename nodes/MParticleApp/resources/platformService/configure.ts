import { booleanField } from '../../../shared/fields/boolean';
import { appLocator, serviceNameLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { settingsField } from '../../../shared/fields/settings';
import { textParameter } from '../../../shared/checks';
import { osField, osForPlatformRequest } from '../../os';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/** The account label is sent only when given; mParticle then uses "Default Account". */
async function accountLabelToBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const account = textParameter(this, 'accountLabel');
	if (account !== '') options.body = { ...(options.body as object), account };
	return options;
}

export const configure: Operation = {
	value: 'configure',
	name: 'Create or Replace',
	action: 'Create or replace a platform service configuration',
	description:
		'Create or replace a service’s configuration on an app’s platform: settings not given are removed',
	method: 'PUT',
	path: '/v1/apps/{appId}/platforms/{os}/services',
	pathChecks: { os: osForPlatformRequest },
	fields: [
		appLocator(),
		osField,
		serviceNameLocator(
			'Service (integration) to configure, by module name: choose it from mParticle’s catalogue or enter the name, e.g. GoogleAnalyticsEventForwarder. The mParticle Service node (operation Get) shows the settings each service takes.',
			{ send: { type: 'body', property: 'name' } },
		),
		booleanField({
			name: 'isActive',
			displayName: 'Active',
			description:
				'Whether mParticle forwards this platform’s data to the service. Turn off to stop forwarding and keep the configuration.',
			default: true,
			send: { type: 'body', property: 'isActive' },
		}),
		booleanField({
			name: 'isVisible',
			displayName: 'Visible',
			description:
				'Whether the configuration is visible in mParticle. Off makes it a hidden background forwarder, which lets a platform have a second active configuration of the same service.',
			default: true,
			send: { type: 'body', property: 'isVisible' },
		}),
		{
			displayName: 'Account Label',
			name: 'accountLabel',
			type: 'string',
			default: '',
			placeholder: 'e.g. EU Property',
			description:
				'Label that tells apart several configurations of the same service on one platform, e.g. one per account at the service. Leave empty for mParticle’s "Default Account".',
			routing: { send: { preSend: [accountLabelToBody] } },
		},
		settingsField({
			name: 'serviceSettings',
			description:
				'Every setting of the configuration as name/value pairs: they replace its current settings, so settings not given are removed. Get the names, and which are required, from the mParticle Service node (operation Get). Bool settings take true or false.',
		}),
	],
};

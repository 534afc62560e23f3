import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { appIdField, requiredBodyText } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';
import { checkBoolean, inputError, textParameter } from '../../shared/validate';
import { osField, osForPlatformRequest } from '../os';

/** A true/false field sent as one body property; an expression may give true/false or the text "true"/"false". */
function booleanToBody(name: string, label: string, property: string) {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const value = checkBoolean(this, this.getNodeParameter(name, undefined), label);
		options.body = { ...(options.body as object), [property]: value };
		return options;
	};
}

/** The account label is sent only when given; mParticle then uses "Default Account". */
async function accountLabelToBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const account = textParameter(this, 'accountLabel');
	if (account !== '') options.body = { ...(options.body as object), account };
	return options;
}

function settingText(value: unknown) {
	if (value === undefined || value === null) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The name/value pairs as mParticle's `settings: [{name, value}]`; every pair needs a name, each name once. */
async function settingsToBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const pairs = (this.getNodeParameter('serviceSettings.setting', []) as IDataObject[]) ?? [];
	const settings = pairs.map((pair, index) => {
		const name = settingText(pair.name).trim();
		if (name === '') throw inputError(this, `Settings: setting ${index + 1} has no name`);
		return { name, value: settingText(pair.value) };
	});
	const repeated = settings.find(
		(setting, index) => settings.findIndex((other) => other.name === setting.name) !== index,
	);
	if (repeated) throw inputError(this, `Settings: "${repeated.name}" is given more than once`);
	options.body = { ...(options.body as object), settings };
	return options;
}

export const configure: Operation = {
	value: 'configure',
	name: 'Configure',
	action: 'Configure a platform service',
	description:
		'Create or replace the configuration of a service (integration) on the platform of an app for one OS: whether it forwards data, and its settings. There is no delete; turn Active off to stop forwarding.',
	method: 'PUT',
	path: '/v1/apps/{appId}/platforms/{os}/services',
	pathChecks: { os: osForPlatformRequest },
	fields: [
		appIdField,
		osField,
		requiredBodyText(
			'serviceName',
			'Service Name',
			'name',
			'Module name of the service to configure, e.g. GoogleAnalyticsEventForwarder. The mParticle Service node lists the names and the settings each service takes.',
		),
		{
			displayName: 'Active',
			name: 'isActive',
			type: 'boolean',
			default: true,
			description:
				'Whether mParticle forwards this platform’s data to the service. Turn off to stop forwarding and keep the configuration.',
			routing: { send: { preSend: [booleanToBody('isActive', 'Active', 'isActive')] } },
		},
		{
			displayName: 'Visible',
			name: 'isVisible',
			type: 'boolean',
			default: true,
			description:
				'Whether the configuration is visible in mParticle. Off makes it a hidden background forwarder, which lets a platform have a second active configuration of the same service.',
			routing: { send: { preSend: [booleanToBody('isVisible', 'Visible', 'isVisible')] } },
		},
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
		{
			displayName: 'Settings',
			name: 'serviceSettings',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Setting',
			default: {},
			description:
				'Settings of the service as name/value pairs. Get the names, and which are required, from the mParticle Service node (operation Get).',
			options: [
				{
					displayName: 'Setting',
					name: 'setting',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. apiKey',
							description: 'Name of the setting as the service lists it, e.g. apiKey',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description:
								'Value of the setting as text: true or false for Bool settings, JSON text for Custom settings',
						},
					],
				},
			],
			routing: { send: { preSend: [settingsToBody] } },
		},
	],
};

import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { appIdField } from '../../shared/descriptions';
import { checkField, inputError } from '../../shared/validate';
import { RESERVED_SERVICE_NAMES } from '../dataPointValues';

export const appField: INodeProperties = {
	...appIdField,
	description: 'Numeric ID of the mParticle app (not of one of its platforms), e.g. 1234',
};

function checkServiceName(context: IExecuteSingleFunctions, value: string, label: string) {
	if (value === '') throw inputError(context, `${label} is required`);
	if (RESERVED_SERVICE_NAMES.includes(value.toLowerCase())) {
		throw inputError(
			context,
			`${label} "${value}" is not a service: it is a word mParticle uses for another endpoint. Use the service's module name, e.g. GoogleAnalyticsEventForwarder.`,
		);
	}
	return value;
}

export const serviceNameField: INodeProperties = {
	displayName: 'Service Name',
	name: 'serviceName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. GoogleAnalyticsEventForwarder',
	description:
		'Module name of the service (output) the app forwards to, exactly as the mParticle Service node lists it, e.g. GoogleAnalyticsEventForwarder',
	routing: { send: { preSend: [checkField('serviceName', 'Service Name', checkServiceName)] } },
};

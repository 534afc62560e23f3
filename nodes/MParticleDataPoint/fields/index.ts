import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { appLocator, serviceNameLocator } from '../../shared/fields/locators';
import { inputError } from '../../shared/checks';
import { RESERVED_SERVICE_NAMES } from '../lists/values';

export const appField: INodeProperties = appLocator(
	'App (not one of its platforms) whose data points these are: choose it from the account’s apps, or enter its numeric ID, e.g. 3001',
);

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

export const serviceNameField: INodeProperties = serviceNameLocator(
	'Service (output) the app forwards to, by module name: choose it from mParticle’s catalogue or enter the name, e.g. GoogleAnalyticsEventForwarder',
	{ check: checkServiceName },
);

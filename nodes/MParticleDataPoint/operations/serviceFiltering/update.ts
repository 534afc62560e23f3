import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { Operation } from '../../../shared/operation';
import { inputError } from '../../../shared/validate';
import { appField, serviceNameField } from '../fields';

/** Sends the switch as a JSON boolean; an expression may give true/false as text. */
async function sendDefault(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const value = this.getNodeParameter('sendNewDataPointsByDefault', true) as unknown;
	const normalised = typeof value === 'string' ? value.trim().toLowerCase() : value;
	if (normalised !== true && normalised !== false && normalised !== 'true' && normalised !== 'false') {
		throw inputError(this, `Send New Data Points by Default must be true or false (got "${String(value)}")`);
	}
	options.body = { sendNewDataPointsByDefault: normalised === true || normalised === 'true' };
	return options;
}

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update the service filtering of an app',
	description:
		'Set whether the app forwards newly detected data points to the service by default. Data points mParticle already knows keep their filter.',
	method: 'PUT',
	path: '/v1/apps/{appId}/{serviceName}',
	fields: [
		appField,
		serviceNameField,
		{
			displayName: 'Send New Data Points by Default',
			name: 'sendNewDataPointsByDefault',
			type: 'boolean',
			default: true,
			description:
				'Whether data points mParticle detects from now on are forwarded to the service until a filter says otherwise',
		},
	],
	preSend: [sendDefault],
};

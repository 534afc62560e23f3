import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { checkBoolean } from './validate';

/**
 * A boolean field sent as a JSON boolean body property. A value from an expression that is neither a
 * boolean nor "true"/"false" fails before sending, naming the field.
 */
export function booleanBodyField(
	name: string,
	displayName: string,
	bodyProperty: string,
	description: string,
	defaultValue: boolean,
): INodeProperties {
	const field: INodeProperties = {
		displayName,
		name,
		type: 'boolean',
		default: false,
		description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
						const value = checkBoolean(this, this.getNodeParameter(name, defaultValue), displayName);
						options.body = { ...(options.body as object), [bodyProperty]: value };
						return options;
					},
				],
			},
		},
	};
	return defaultValue ? { ...field, default: true } : field;
}

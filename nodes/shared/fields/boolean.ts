import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { checkBoolean } from '../checks';

interface BooleanFieldOptions {
	name: string;
	displayName: string;
	description: string;
	default: boolean;
	/** The JSON body property the value is sent as. */
	send: { type: 'body'; property: string };
}

/**
 * A boolean field sent as a JSON boolean body property. A value from an expression that is neither a
 * boolean nor "true"/"false" fails before sending, naming the field.
 */
export function booleanField(options: BooleanFieldOptions): INodeProperties {
	const { name, displayName, send } = options;
	const field: INodeProperties = {
		displayName,
		name,
		type: 'boolean',
		// Set below: n8n's lint rules read a default only when it is written out as a value.
		default: false,
		description: options.description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
						const value = checkBoolean(this, this.getNodeParameter(name, options.default), displayName);
						request.body = { ...(request.body as object), [send.property]: value };
						return request;
					},
				],
			},
		},
	};
	return { ...field, default: options.default };
}

import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { textParameter } from './validate';

/**
 * An optional text field that is sent (trimmed) as a query parameter or body field only when it is
 * not empty, so an empty field never reaches mParticle as `name=` or `"description": ""`.
 */
export function optionalText(
	name: string,
	displayName: string,
	target: { type: 'query' | 'body'; property: string },
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
						const value = textParameter(this, name);
						if (value === '') return options;
						if (target.type === 'query') options.qs = { ...options.qs, [target.property]: value };
						else options.body = { ...(options.body as object), [target.property]: value };
						return options;
					},
				],
			},
		},
	};
}

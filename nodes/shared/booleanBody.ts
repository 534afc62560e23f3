import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { inputError } from './validate';

/** true/false, also when an expression gives them as text ("true", " FALSE "); undefined for anything else. */
export function booleanOf(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text === 'true') return true;
	if (text === 'false') return false;
	return undefined;
}

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
						const given = this.getNodeParameter(name, defaultValue) as unknown;
						const value = booleanOf(given);
						if (value === undefined) {
							throw inputError(this, `${displayName} must be true or false (got "${String(given)}")`);
						}
						options.body = { ...(options.body as object), [bodyProperty]: value };
						return options;
					},
				],
			},
		},
	};
	return defaultValue ? { ...field, default: true } : field;
}

import type { GenericValue, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { textParameter } from './validate';

/** Where a value goes: a query parameter or a property of the JSON body. */
export interface TextTarget {
	type: 'query' | 'body';
	property: string;
}

/**
 * A request step that sends a parameter's text, trimmed (a resource locator's value, a number as text), to
 * `target`. `convert` turns the text into what the API takes (e.g. a number); with `skipEmpty`, an empty
 * value sends nothing. Plain code rather than an n8n expression, which would cost more on every item.
 */
export function sendText(
	name: string,
	target: TextTarget,
	options: { skipEmpty?: boolean; convert?: (text: string) => GenericValue } = {},
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const text = textParameter(this, name);
		if (text === '' && options.skipEmpty) return request;
		const value = options.convert ? options.convert(text) : text;
		if (target.type === 'query') request.qs = { ...request.qs, [target.property]: value };
		else request.body = { ...(request.body as object), [target.property]: value };
		return request;
	};
}

/** Shorthand for a body property. */
export function sendTextToBody(name: string, property: string, convert?: (text: string) => GenericValue) {
	return sendText(name, { type: 'body', property }, { convert });
}

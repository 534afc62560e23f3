import type { GenericValue, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { textParameter } from '../checks';

/** Where a field's value goes, in the shape of n8n's own routing: a query parameter or a JSON body property. */
export interface SendTo {
	type: 'query' | 'body';
	property: string;
	/** Turns the text into what the API takes, e.g. Number. */
	convert?: (text: string) => GenericValue;
}

/**
 * A request step that sends a parameter's text, trimmed (a resource locator's value, a number as text), to
 * `to`. With `skipEmpty`, an empty value sends nothing. Plain code rather than an n8n expression, which
 * would cost more on every item.
 */
export function sendValue(name: string, to: SendTo, skipEmpty = false): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const text = textParameter(this, name);
		if (text === '' && skipEmpty) return request;
		const value = to.convert ? to.convert(text) : text;
		if (to.type === 'query') request.qs = { ...request.qs, [to.property]: value };
		else request.body = { ...(request.body as object), [to.property]: value };
		return request;
	};
}

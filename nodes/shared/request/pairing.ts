import {
	NodeApiError,
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeProperties,
	type JsonObject,
	type PreSendAction,
} from 'n8n-workflow';

/*
 * n8n's RoutingNode does not say which input item an output item came from. n8n fills that in only when
 * every input gave exactly one output; a Get Many that gives several items per input, or none, left its
 * items unpaired, and `$('node').item` downstream failed. So every item out is paired here, including,
 * under Continue On Fail, the error item of a failed input (n8n's own error items are unpaired).
 */

/** Input checks that failed under Continue On Fail, by request: the request is not sent, its item gets the error. */
const inputErrors = new WeakMap<object, Error>();

/**
 * A request step whose error, under Continue On Fail, is kept for the item instead of thrown; later steps
 * of that request are skipped. Without Continue On Fail the error is thrown as before.
 */
export function keepingInputErrors(preSend: PreSendAction): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		if (inputErrors.has(options)) return options;
		try {
			return await preSend.call(this, options);
		} catch (error) {
			if (!this.continueOnFail()) {
				// Both return the error itself when it already is one of theirs.
				throw error instanceof NodeApiError
					? new NodeApiError(this.getNode(), error as unknown as JsonObject)
					: new NodeOperationError(this.getNode(), error as Error);
			}
			inputErrors.set(options, error as Error);
			return options;
		}
	};
}

/** The same field with every request step in it (also in its collection entries) keeping input errors. */
export function withInputErrorsKept<T extends Partial<INodeProperties>>(property: T): T {
	const preSend = property.routing?.send?.preSend;
	const routing = preSend
		? { ...property.routing, send: { ...property.routing?.send, preSend: preSend.map(keepingInputErrors) } }
		: property.routing;
	const options = property.options?.map((option) => {
		if ('values' in option) return { ...option, values: option.values.map(withInputErrorsKept) };
		if ('displayName' in option) return withInputErrorsKept(option as INodeProperties);
		return option;
	}) as T['options'];
	return { ...property, ...(routing ? { routing } : {}), ...(options ? { options } : {}) };
}

/** The input error kept for this request, if a check failed under Continue On Fail. */
export function keptInputError(options: object): Error | undefined {
	return inputErrors.get(options);
}

/** Items paired with the input item they came from, unless a step already paired them. */
export function pairedWith(items: INodeExecutionData[], itemIndex: number): INodeExecutionData[] {
	return items.map((item) =>
		item.pairedItem === undefined ? { ...item, pairedItem: { item: itemIndex } } : item,
	);
}

/**
 * The item a failed input gives under Continue On Fail, paired with it: the message and, as `details`, the
 * description (mParticle's codes, the hint, a "may have been applied" warning). n8n keeps only the message of
 * an item that carries an `error` object, so the error stays in the JSON, in the shape n8n's error output
 * recognises (`error`, `message`, `details`).
 */
export function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const description = (error as { description?: unknown }).description;
	const details = typeof description === 'string' && description !== '' ? { details: description } : {};
	return { json: { error: error.message, ...details }, pairedItem: { item: itemIndex } };
}

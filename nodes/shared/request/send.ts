import {
	NodeApiError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { useRunCredential } from '../credential/runCredential';
import { errorItem, keptInputError, pairedWith } from './pairing';
import { withRetries } from './retryPolicy';

/** The item of a DELETE whose answer was lost and whose repeat found the object gone: the first one deleted it. */
const ALREADY_DELETED = {
	success: true,
	note: 'The connection dropped after mParticle received the delete; repeating it found the object already deleted.',
};

/**
 * Sends one operation's request through n8n's routing, repeating it when that is safe (retryPolicy.ts).
 * It is wired in as the nodes' "pagination" because that is n8n's hook around a declarative request. It
 * also pairs every item out with its input item, and under Continue On Fail turns a failure (an input
 * check's too) into an error item paired with its input item. Its requests use the credential as read once
 * for the node run (useRunCredential), not once per item.
 */
export async function sendWithRetries(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	const inputError = keptInputError(requestData.options);
	if (inputError) return [errorItem(inputError, itemIndex)];
	useRunCredential(this);
	try {
		const method = String(requestData.options.method ?? 'GET').toUpperCase();
		const items = await withRetries(
			this,
			method,
			async () => await this.makeRoutingRequest(requestData),
			() => [{ json: { ...ALREADY_DELETED } }],
		);
		return pairedWith(items, itemIndex);
	} catch (error) {
		if (this.continueOnFail()) return [errorItem(error as Error, itemIndex)];
		// `withRetries` throws NodeApiErrors only; the constructor returns such an error as it is.
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

/**
 * What building a node error needs: the node, and the input item when there is one. Operations run per
 * item; the lists of the editor's dropdowns (ILoadOptionsFunctions) have no item.
 */
export interface ErrorContext {
	getNode(): INode;
	getItemIndex?: () => number;
}

export interface MParticleErrorEntry {
	code?: string;
	message?: string;
}

const HINTS: Record<number, string> = {
	400: 'mParticle could not read the request. Check fields given as JSON.',
	401: 'Check the Client ID, Client Secret and Account ID of the mParticle API credential.',
	403: 'The API credential lacks permission for this action: writes need a credential with Admin permission.',
	404: 'Check the ID: it is wrong, or it belongs to another account or workspace than the one used.',
	405: 'mParticle does not allow this method on this address.',
	422: 'mParticle refused the change because a business rule failed (see the message above). Correct the input and run again.',
	429: 'mParticle is rate limiting this account. Run again later, or slow the workflow down with the node option Batching.',
};

function hintFor(status: number) {
	if (HINTS[status]) return HINTS[status];
	if (status >= 500)
		return 'mParticle had a problem on its side. Try again later; if it keeps happening, contact mParticle support.';
	if (status >= 200 && status < 300) return 'mParticle accepted the request but reported errors (above).';
	return 'mParticle refused the request.';
}

/** The message for a failure that has no mParticle error text. */
function fallbackMessage(status: number) {
	if (status === 429) return 'mParticle rate limit reached';
	if (status >= 500) return `mParticle is unavailable (HTTP ${status})`;
	return `mParticle request failed (HTTP ${status})`;
}

/**
 * The one place that turns an mParticle failure into the node error users see: mParticle's own
 * first message, every code/message pair and a hint in the description, and the HTTP status as code.
 */
export function mParticleApiError(
	context: ErrorContext,
	status: number,
	errors: MParticleErrorEntry[],
	response: unknown,
	extra: { message?: string; detail?: string } = {},
): NodeApiError {
	const pairs = errors.map((error) => [error.code, error.message].filter(Boolean).join(': '));
	const message = extra.message ?? errors.find((error) => error.message)?.message ?? fallbackMessage(status);
	const description = [...pairs, extra.detail, hintFor(status)].filter(Boolean).join('\n');
	const errorResponse = (
		response && typeof response === 'object' ? response : { body: response }
	) as JsonObject;
	return new NodeApiError(context.getNode(), errorResponse, {
		message,
		description,
		httpCode: String(status),
		itemIndex: context.getItemIndex?.(),
	});
}

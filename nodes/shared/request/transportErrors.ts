import { NodeApiError, type JsonObject } from 'n8n-workflow';
import { mParticleApiError, type ErrorContext } from './errors';
import { connectionProblem, TIMEOUT_CODES } from './network';
import { errorsOf, parseBody } from './receive';

/** follow-redirects' code when n8n refused to follow a redirect. */
const REDIRECT_REFUSED = 'ERR_FR_REDIRECTION_FAILURE';

interface TransportFailure {
	code?: string;
	message?: string;
	response?: { status: number; data: unknown; headers?: Record<string, unknown> };
}

/**
 * Errors from our response handler are already readable. Errors raised by n8n's request helper (a 401
 * after the token refresh, a dropped connection, a timeout) wrap the raw transport error, which holds the
 * request and its Authorization header: replace them with an error built from the status or the cause only.
 */
export function readableError(context: ErrorContext, caught: unknown): NodeApiError {
	if (!(caught instanceof NodeApiError)) {
		return new NodeApiError(
			context.getNode(),
			{ message: String((caught as Error)?.message ?? caught) } as JsonObject,
			{
				message: String((caught as Error)?.message ?? caught),
				itemIndex: context.getItemIndex?.(),
			},
		);
	}
	const transport = caught.cause as TransportFailure | undefined;
	if (transport?.response) {
		const { value } = parseBody(transport.response.data);
		return mParticleApiError(context, transport.response.status, errorsOf(value), value);
	}
	if (transport?.code === REDIRECT_REFUSED) {
		// n8n stops a redirect to a host the credential does not allow: that is the credential's API host
		// unless its Allowed HTTP Request Domains list says otherwise.
		return new NodeApiError(context.getNode(), { redirect: 'refused' } as JsonObject, {
			message: 'The API redirected the request to another host, so it was stopped',
			description:
				`${transport.message ?? ''}\nThe mParticle API credential sends its token only to its API Base URL. Check the API Base URL under the credential’s Advanced Settings.`.trim(),
			itemIndex: context.getItemIndex?.(),
		});
	}
	if (transport?.code) {
		const timedOut = TIMEOUT_CODES.includes(transport.code);
		// n8n replaces messages that contain a network error code, so the code goes in the description.
		const error = new NodeApiError(context.getNode(), { connectionError: transport.code } as JsonObject, {
			message: timedOut
				? 'mParticle did not answer in time'
				: `Could not reach mParticle: ${connectionProblem(transport.code)}`,
			description: timedOut
				? 'The request timed out. Try again, or raise the Timeout in the node options.'
				: `Network error ${transport.code}. Check the API Base URL of the credential and the network, then try again.`,
			itemIndex: context.getItemIndex?.(),
		});
		error.context.networkCode = transport.code;
		return error;
	}
	return caught;
}

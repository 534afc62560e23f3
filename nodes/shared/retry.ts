import {
	NodeApiError,
	sleep,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { mParticleApiError, type ErrorContext } from './errors';
import { connectionProblem, TIMEOUT_CODES } from './network';
import { errorItem, keptInputError, pairedWith } from './pairing';
import { errorsOf, parseBody } from './response';

const MAX_RETRIES = 3;
const BACKOFF_BASE_MS = 500;
/** The longest Retry-After the node waits for; a longer one fails at once with the time to wait. */
const RETRY_AFTER_CAP_SECONDS = 60;

/** Methods that may be sent again after a gateway error or a dropped connection: repeating them is harmless. */
const REPEATABLE_METHODS = ['GET', 'HEAD', 'PUT', 'DELETE'];
const GATEWAY_STATUSES = [502, 503, 504];
const CONNECTION_DROPPED = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN'];
const SENT_BUT_UNANSWERED = ['ECONNRESET', 'EPIPE', ...TIMEOUT_CODES];

/** Added to the error of a request that is not repeated and may have been applied before it failed. */
export const MAY_HAVE_BEEN_APPLIED =
	'mParticle may have applied this request before it failed, so the node did not send it again. Check whether the change was made (e.g. with Get or Get Many) before running it again, or it may be made twice.';

interface TransportFailure {
	code?: string;
	message?: string;
	response?: { status: number; data: unknown; headers?: Record<string, unknown> };
}

function backoffMs(attempt: number) {
	return BACKOFF_BASE_MS * 2 ** attempt * (0.5 + Math.random() / 2);
}

/**
 * Sends one operation's request through n8n's routing and repeats it when that is safe: after a 429
 * (mParticle did not process the request), and, for GET/HEAD/PUT/DELETE only, after a gateway error
 * (502/503/504) or a dropped connection. A POST is never repeated after a failure that may have applied it.
 * It is wired in as the nodes' "pagination" because that is n8n's hook around a declarative request. It
 * also pairs every item out with its input item, and under Continue On Fail turns a failure (an input
 * check's too) into an error item paired with its input item.
 */
export async function sendWithRetries(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemIndex = this.getItemIndex();
	const inputError = keptInputError(requestData.options);
	if (inputError) return [errorItem(inputError, itemIndex)];
	try {
		return pairedWith(await send(this, requestData), itemIndex);
	} catch (error) {
		if (this.continueOnFail()) return [errorItem(error as Error, itemIndex)];
		// `send` throws NodeApiErrors only; the constructor returns such an error as it is.
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

async function send(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const method = String(requestData.options.method ?? 'GET').toUpperCase();
	return await withRetries(context, method, async () => await context.makeRoutingRequest(requestData));
}

/**
 * Runs one request and repeats it when that is safe: after a 429 (mParticle did not process the request),
 * and, for GET/HEAD/PUT/DELETE only, after a gateway error (502/503/504) or a dropped connection. A POST
 * is never repeated after a failure that may have applied it, and its error says so. Failures come out
 * readable (readableError). Used by operations and by the dropdown lists.
 */
export async function withRetries<T>(
	context: ErrorContext,
	method: string,
	request: () => Promise<T>,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await request();
		} catch (caught) {
			const error = readableError(context, caught);
			const status = Number(error.httpCode);
			const network = (error.context.networkCode as string | undefined) ?? '';
			const retryAfter = error.context.retryAfterSeconds as number | undefined;
			const repeatable =
				status === 429 ||
				(REPEATABLE_METHODS.includes(method) &&
					(GATEWAY_STATUSES.includes(status) || CONNECTION_DROPPED.includes(network)));
			if (!REPEATABLE_METHODS.includes(method) && mayHaveBeenApplied(status, network)) {
				error.description = [error.description, MAY_HAVE_BEEN_APPLIED].filter(Boolean).join('\n');
			}
			if (!repeatable || attempt >= MAX_RETRIES) throw error;
			if (retryAfter !== undefined && retryAfter > RETRY_AFTER_CAP_SECONDS) {
				error.description = `${error.description ?? ''}\nmParticle asked to wait ${retryAfter} s before retrying, longer than this node waits (${RETRY_AFTER_CAP_SECONDS} s). Run again after that time.`;
				throw error;
			}
			await sleep(retryAfter !== undefined ? retryAfter * 1000 : backoffMs(attempt));
		}
	}
}

/**
 * Whether a failed request may still have been carried out: it was sent but not answered (dropped
 * connection, timeout), mParticle or a gateway failed (5xx), or a success status came with an unusable
 * body. A 4xx or 429 means mParticle refused it; a refused connection or a failed token request means
 * it was never sent.
 */
function mayHaveBeenApplied(status: number, network: string) {
	if (network !== '') return SENT_BUT_UNANSWERED.includes(network);
	return status >= 500 || (status >= 200 && status < 300);
}

/**
 * Errors from our response handler are already readable. Errors raised by n8n's request helper (a 401
 * after the token refresh, a dropped connection, a timeout) wrap the raw transport error, which holds the
 * request and its Authorization header: replace them with an error built from the status or the cause only.
 */
function readableError(context: ErrorContext, caught: unknown): NodeApiError {
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

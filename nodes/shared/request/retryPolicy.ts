import { sleep } from 'n8n-workflow';
import type { ErrorContext } from './errors';
import { TIMEOUT_CODES } from './network';
import { gateFor } from './rateGate';
import { credentialReference, type CredentialReader } from '../credential/runCredential';
import { CREDENTIAL_TYPE } from '../mparticle';
import { withoutSecrets } from './secrets';
import { readableError } from './transportErrors';

const MAX_RETRIES = 3;
/** Tries of a request that keeps meeting 429s: the credential's rate gate paces them, so they may take more. */
const MAX_RATE_LIMITED_RETRIES = 10;
const BACKOFF_BASE_MS = 500;
/** The longest Retry-After the node waits for; a longer one fails at once with the time to wait. */
const RETRY_AFTER_CAP_SECONDS = 60;

/** Methods that may be sent again after a gateway error or a dropped connection: repeating them is harmless. */
const REPEATABLE_METHODS = ['GET', 'HEAD', 'PUT', 'DELETE'];
const GATEWAY_STATUSES = [502, 503, 504];
const CONNECTION_DROPPED = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN'];
const SENT_BUT_UNANSWERED = ['ECONNRESET', 'EPIPE', ...TIMEOUT_CODES];

/** Added to the error of a request that is not repeated and may have been applied before it failed. */
const MAY_HAVE_BEEN_APPLIED =
	'mParticle may have applied this request before it failed, so the node did not send it again. Check whether the change was made (e.g. with Get or Get Many) before running it again, or it may be made twice.';

function backoffMs(attempt: number) {
	return BACKOFF_BASE_MS * 2 ** attempt * (0.5 + Math.random() / 2);
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

/** The credential a request uses, as n8n names it on the node: requests of one credential share a rate gate. */
function credentialKey(context: ErrorContext & CredentialReader): string {
	const credential = credentialReference(context);
	return credential?.id ?? credential?.name ?? CREDENTIAL_TYPE;
}

/**
 * Runs one request and repeats it when that is safe: after a 429 (mParticle did not process the request),
 * and, for GET/HEAD/PUT/DELETE only, after a gateway error (502/503/504) or a dropped connection. A POST
 * is never repeated after a failure that may have applied it, and its error says so. Failures come out
 * readable (transportErrors.ts) and without secrets (secrets.ts). Used by operations and by the dropdown lists.
 */
export async function withRetries<T>(
	context: ErrorContext & CredentialReader,
	method: string,
	request: () => Promise<T>,
	alreadyGone?: () => T,
): Promise<T> {
	const gate = gateFor(credentialKey(context));
	for (let attempt = 0; ; attempt++) {
		const turn = await gate.enter();
		try {
			const result = await request();
			gate.leave(turn, { succeeded: true, rateLimited: false });
			return result;
		} catch (caught) {
			const error = readableError(context, caught);
			const status = Number(error.httpCode);
			const retryAfter = error.context.retryAfterSeconds as number | undefined;
			// A wait longer than the cap fails the request at once; the others are not held up for it.
			const waitable = retryAfter === undefined || retryAfter <= RETRY_AFTER_CAP_SECONDS;
			gate.leave(turn, {
				succeeded: false,
				rateLimited: status === 429 && waitable,
				retryAfterSeconds: retryAfter,
			});
			// A DELETE repeated after its answer was lost finds nothing when the first attempt did delete.
			if (method === 'DELETE' && attempt > 0 && status === 404 && alreadyGone) return alreadyGone();
			const network = (error.context.networkCode as string | undefined) ?? '';
			const repeatable =
				status === 429 ||
				(REPEATABLE_METHODS.includes(method) &&
					(GATEWAY_STATUSES.includes(status) || CONNECTION_DROPPED.includes(network)));
			if (!REPEATABLE_METHODS.includes(method) && mayHaveBeenApplied(status, network)) {
				error.description = [error.description, MAY_HAVE_BEEN_APPLIED].filter(Boolean).join('\n');
			}
			const tries = status === 429 ? MAX_RATE_LIMITED_RETRIES : MAX_RETRIES;
			if (!repeatable || attempt >= tries) throw await withoutSecrets(context, error);
			if (retryAfter !== undefined && retryAfter > RETRY_AFTER_CAP_SECONDS) {
				error.description = `${error.description ?? ''}\nmParticle asked to wait ${retryAfter} s before retrying, longer than this node waits (${RETRY_AFTER_CAP_SECONDS} s). Run again after that time.`;
				throw await withoutSecrets(context, error);
			}
			// After a 429 the gate makes every request of the credential wait (Retry-After); others back off alone.
			if (status !== 429) await sleep(backoffMs(attempt));
		}
	}
}

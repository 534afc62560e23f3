import { createHash } from 'crypto';
import { sleep, type ICredentialDataDecryptedObject, type IHttpRequestHelper } from 'n8n-workflow';
import { requestToken, TokenFailure, type IssuedToken } from './tokenRequest';
import { tokenAudience, tokenUrl } from './settings';

/**
 * How long a new token is handed to callers that asked with the same stale (or empty) token. n8n reads
 * the credential per item, so items of a large run that started before the new token was stored still
 * ask with the old one.
 */
const NEW_TOKEN_SHARED_FOR_MS = 60_000;
/** How long a refusal of a Client ID and Secret is handed to callers that would ask again with them. */
const REFUSAL_MEMORY_MS = 30_000;
/** How long any other failure is handed out instead of asking again (longer when a 429 asks for more). */
const FAILURE_MEMORY_MS = 15_000;
/** Token requests of one exchange, when the token service fails in a way that may pass (5xx, 429, reset). */
const MAX_TOKEN_REQUESTS = 3;
const TOKEN_BACKOFF_MS = 1_000;
/** The longest Retry-After of the token service that an exchange waits for before asking again. */
const TOKEN_RETRY_AFTER_CAP_SECONDS = 30;
/**
 * How long a token this process obtained is taken as good: when n8n asks to replace it sooner (its HTTP
 * Request node does after any failed call), the failure was not the token's, and no new token is fetched.
 * mParticle's tokens last 8 hours and cannot be revoked; the cap bounds the cost of a token that stops
 * working early anyway.
 */
const KNOWN_GOOD_FOR_MS = 10 * 60_000;
/** A token whose lifetime ends within this margin is not taken as good any more. */
const EXPIRY_MARGIN_MS = 60_000;

const sha256 = (values: unknown[]) => createHash('sha256').update(JSON.stringify(values)).digest('hex');

/**
 * The last token source computed: every request checks it (twice), almost always for the same values, and
 * a SHA-256 per check was a measurable part of a request's CPU time.
 */
let lastSource: { values: unknown[]; hash: string } | undefined;

/**
 * What a token is obtained with: token URL, audience, Client ID and Client Secret, as a hash. It is stored
 * beside the token, and a token is used only while these values are unchanged: after the secret (or any of
 * the others) changes, the next request gets a new token with the values as they are now.
 */
export function tokenSource(credentials: ICredentialDataDecryptedObject): string {
	const values = [
		tokenUrl(credentials),
		tokenAudience(credentials),
		credentials.clientId,
		credentials.clientSecret,
	];
	if (!lastSource || values.some((value, index) => value !== lastSource!.values[index])) {
		lastSource = { values, hash: sha256(values) };
	}
	return lastSource.hash;
}

type TokenExchange = {
	promise: Promise<string>;
	forgetAt?: number;
	/** The n8n credentials (by ID) whose store the new token was handed to. */
	storedFor: Set<string>;
};

/**
 * Token requests of this process, keyed by credential values and by the token being replaced (empty on
 * first use). n8n asks for a token once per item, concurrently: sharing the request means a run of 2,000
 * items causes one token request, and after an expired token was replaced, callers that still hold it get
 * the new one for a short while. A failure is shared the same way for a while (a refusal 30 s, anything
 * else 15 s or a 429's Retry-After), so a struggling token service is not asked again by every item.
 * The token itself lives in n8n's credential store; this only removes duplicate requests, so it needs no
 * agreement between processes (queue mode: each worker asks once after expiry).
 */
const tokenExchanges = new Map<string, TokenExchange>();
/** Tokens this process obtained, by hash of (token source, token), with the time until which they are good. */
const knownGoodUntil = new Map<string, number>();

function forgetOld(now: number) {
	for (const [key, exchange] of tokenExchanges) {
		if (exchange.forgetAt !== undefined && now > exchange.forgetAt) tokenExchanges.delete(key);
	}
	for (const [key, until] of knownGoodUntil) if (now > until) knownGoodUntil.delete(key);
}

/** Whether `token` was obtained by this process with these credential values and is still good. */
export function isKnownGood(credentials: ICredentialDataDecryptedObject, token: unknown): boolean {
	if (typeof token !== 'string' || token === '') return false;
	return (knownGoodUntil.get(sha256([tokenSource(credentials), token])) ?? 0) > Date.now();
}

function remember(credentials: ICredentialDataDecryptedObject, issued: IssuedToken) {
	const lifetimeMs =
		issued.expiresInSeconds === undefined ? Infinity : issued.expiresInSeconds * 1000 - EXPIRY_MARGIN_MS;
	const goodFor = Math.min(KNOWN_GOOD_FOR_MS, lifetimeMs);
	if (goodFor > 0) knownGoodUntil.set(sha256([tokenSource(credentials), issued.token]), Date.now() + goodFor);
}

/** Asks the token service, again after a failure that may pass, at most MAX_TOKEN_REQUESTS times in all. */
async function obtainToken(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	for (let attempt = 1; ; attempt++) {
		try {
			const issued = await requestToken(helper, credentials);
			remember(credentials, issued);
			return issued.token;
		} catch (error) {
			const failure = error as TokenFailure;
			const wait = failure.retryAfterSeconds;
			const lastTry =
				attempt >= MAX_TOKEN_REQUESTS ||
				failure.kind !== 'passing' ||
				(wait !== undefined && wait > TOKEN_RETRY_AFTER_CAP_SECONDS);
			if (lastTry) {
				throw attempt > 1
					? Object.assign(failure, { message: `${failure.message} (asked ${attempt} times)` })
					: failure;
			}
			await sleep(wait !== undefined ? wait * 1000 : TOKEN_BACKOFF_MS * 2 ** (attempt - 1));
		}
	}
}

function memoryOf(failure: TokenFailure) {
	if (failure.kind === 'refused') return REFUSAL_MEMORY_MS;
	return Math.max(FAILURE_MEMORY_MS, (failure.retryAfterSeconds ?? 0) * 1000);
}

function exchangeFor(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	forgetOld(Date.now());
	const key = sha256([tokenSource(credentials), credentials.accessToken ?? '']);
	const existing = tokenExchanges.get(key);
	if (existing) return existing;
	const exchange: TokenExchange = { promise: obtainToken(helper, credentials), storedFor: new Set() };
	tokenExchanges.set(key, exchange);
	exchange.promise.then(
		() => (exchange.forgetAt = Date.now() + NEW_TOKEN_SHARED_FOR_MS),
		(failure: TokenFailure) => (exchange.forgetAt = Date.now() + memoryOf(failure)),
	);
	return exchange;
}

/**
 * A token for these credential values, shared with every caller that asks with the same values and the
 * same token in hand (see tokenExchanges), and whether the caller is to have n8n store it. n8n stores
 * whatever token preAuthentication returns, so when the requests of a node run meet the same expired
 * token together, each would store the new one: given the ID of the n8n credential (`credentialId`, known
 * for an operation's requests), only the first caller for that credential is told to store it. Errors
 * are plain Errors with a message and description only: nothing of the request (which holds the secret)
 * is passed on.
 */
export async function sharedToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
	credentialId?: string,
): Promise<{ token: string; store: boolean }> {
	const exchange = exchangeFor(helper, credentials);
	const token = await exchange.promise;
	if (credentialId === undefined) return { token, store: true };
	const store = !exchange.storedFor.has(credentialId);
	exchange.storedFor.add(credentialId);
	return { token, store };
}

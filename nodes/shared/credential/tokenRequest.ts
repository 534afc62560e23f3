import type { ICredentialDataDecryptedObject, IHttpRequestHelper } from 'n8n-workflow';
import { connectionProblem } from '../request/network';
import { tokenAudience, tokenUrl } from './settings';

const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

/** Network failures after which asking again may work: the token service dropped or did not answer. */
const PASSING_NETWORK_FAILURES = ['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'EAI_AGAIN'];

export interface IssuedToken {
	token: string;
	/** The token's lifetime as the token service gave it (`expires_in`), when it did. */
	expiresInSeconds?: number;
}

/**
 * Why no token was obtained. `refused`: the token service refused these values (asking again with them
 * cannot succeed). `passing`: it failed in a way that may pass (5xx, 429, a dropped connection); a 429's
 * Retry-After is kept. `lasting`: anything else (unreachable address, unusable answer).
 */
export class TokenFailure extends Error {
	constructor(
		message: string,
		readonly kind: 'refused' | 'passing' | 'lasting',
		readonly retryAfterSeconds?: number,
		readonly description?: string,
	) {
		super(message);
	}
}

/**
 * Why the token endpoint refused, and what to check: 401 is mParticle's answer to a wrong Client ID or
 * Secret; a 403 that is an OAuth error refuses the audience; any other refusal that is not an OAuth error
 * means the Token URL is not a token service.
 */
function refusal(status: number, body: unknown, url: string): string {
	const oauthError = (body as { error?: unknown } | undefined)?.error;
	if (status === 401) {
		return 'mParticle rejected the Client ID or Client Secret (HTTP 401). Check both in the mParticle API credential.';
	}
	if (typeof oauthError !== 'string') {
		return `The Token URL ${url} did not answer as a token service (HTTP ${status}). Check the Token URL under Advanced Settings.`;
	}
	if (status === 403) {
		return 'mParticle refused a token for this audience (HTTP 403). Check the Audience and Token URL under Advanced Settings; mParticle’s defaults are right for mParticle.';
	}
	return `mParticle refused a token (${oauthError}) (HTTP ${status}). Check the Client ID, Client Secret and Advanced Settings.`;
}

function retryAfterSeconds(headers: unknown): number | undefined {
	const value = Number((headers as Record<string, unknown> | undefined)?.['retry-after']);
	return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The token of a 2xx answer, or why it is unusable. Never quotes the answer: it may hold a token. */
function tokenOf(status: number, body: unknown): IssuedToken {
	const problem =
		body === undefined || body === null || body === ''
			? 'the token response is empty'
			: typeof body !== 'object'
				? 'the token response is not JSON'
				: undefined;
	const { access_token: token, expires_in: expiresIn } = (body ?? {}) as Record<string, unknown>;
	if (problem || typeof token !== 'string' || token === '') {
		throw new TokenFailure(
			`Could not obtain an mParticle access token (HTTP ${status}): ${problem ?? 'the token response has no access_token'}`,
			'lasting',
		);
	}
	return { token, expiresInSeconds: typeof expiresIn === 'number' ? expiresIn : undefined };
}

/**
 * A token request that got no answer. The transport error carries the request (and so the client secret):
 * never pass it on. The code goes in the description: n8n replaces a message that contains it with one
 * that names no address. An error without a code is n8n's own (e.g. Allowed HTTP Request Domains).
 */
function unreachable(url: string, error: unknown): TokenFailure {
	const code = (error as { code?: unknown }).code;
	if (typeof code !== 'string') {
		return new TokenFailure(
			`Could not reach the mParticle token URL ${url}: ${(error as Error).message}`,
			'lasting',
		);
	}
	return new TokenFailure(
		`Could not reach the mParticle token URL ${url}: ${connectionProblem(code)}`,
		PASSING_NETWORK_FAILURES.includes(code) ? 'passing' : 'lasting',
		undefined,
		`Network error ${code}. Check the Token URL of the mParticle API credential and the network, then try again.`,
	);
}

/**
 * One token request: a JSON client-credentials body to the credential's Token URL. Redirects are not
 * followed: the body holds the client secret, which must reach the Token URL and nothing else.
 */
export async function requestToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IssuedToken> {
	const url = tokenUrl(credentials);
	let response;
	try {
		response = await helper.helpers.httpRequest({
			method: 'POST',
			url,
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: {
				client_id: credentials.clientId,
				client_secret: credentials.clientSecret,
				audience: tokenAudience(credentials),
				grant_type: 'client_credentials',
			},
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: TOKEN_REQUEST_TIMEOUT_MS,
		});
	} catch (error) {
		throw unreachable(url, error);
	}
	const status = Number(response.statusCode);
	if (status === 429) {
		const wait = retryAfterSeconds(response.headers);
		throw new TokenFailure(
			`mParticle’s token service is rate limiting token requests (HTTP 429)${wait === undefined ? '' : `; it asked to wait ${wait} s`}`,
			'passing',
			wait,
		);
	}
	if (status >= 300 && status < 400) {
		throw new TokenFailure(
			`The Token URL ${url} redirected elsewhere (HTTP ${status}); the client secret is only sent to the Token URL itself. Check the Token URL under Advanced Settings.`,
			'lasting',
		);
	}
	if (status >= 400 && status < 500) throw new TokenFailure(refusal(status, response.body, url), 'refused');
	if (status < 200 || status >= 300) {
		throw new TokenFailure(
			`Could not obtain an mParticle access token (HTTP ${status})`,
			status >= 500 ? 'passing' : 'lasting',
		);
	}
	return tokenOf(status, response.body);
}

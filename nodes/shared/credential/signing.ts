import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../mparticle';
import { apiBaseUrl } from './settings';
import { tokenSource } from './tokens';

/** Every v1 request needs `?accountId=` (mParticle answers 401 without it); v2 requests take none. */
function isV1Request(url = '') {
	return /\/v1\//.test(url.replace(/^https?:\/\/[^/]+/, ''));
}

/** The credential's Account ID, checked: a wrong one would otherwise look like a rejected token (401). */
function credentialAccountId(credentials: ICredentialDataDecryptedObject): string {
	const value = String(credentials.accountId ?? '').trim();
	if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
		throw new Error(
			`Account ID of the mParticle API credential must be a whole number greater than 0, e.g. 1234 (got "${value}")`,
		);
	}
	return String(Number(value));
}

function originOf(url: string | undefined, base?: string): string | undefined {
	try {
		return new URL(url ?? '', base).origin;
	} catch {
		return undefined;
	}
}

let lastApiBase: { url: string; origin?: string; hostname?: string } | undefined;

/** The origin and host name of the credential's API base URL, parsed once for the requests that follow. */
function apiBaseOf(apiBase: string): { origin?: string; hostname?: string } {
	if (lastApiBase?.url !== apiBase) {
		let parsed: URL | undefined;
		try {
			parsed = new URL(apiBase);
		} catch {
			parsed = undefined;
		}
		lastApiBase = { url: apiBase, origin: parsed?.origin, hostname: parsed?.hostname };
	}
	return lastApiBase;
}

/**
 * The token goes to the credential's API host only. A request elsewhere (an HTTP Request node URL, a
 * mistyped base URL) is stopped before anything is sent.
 */
function checkDestination(apiBase: string, baseURL: string | undefined, url: string | undefined) {
	const allowed = apiBaseOf(apiBase).origin;
	if (allowed === undefined || allowed === 'null') {
		throw new Error(`API Base URL of the mParticle API credential is not a web address: "${apiBase}"`);
	}
	const target = originOf(url, baseURL);
	if (target === allowed) return;
	throw Object.assign(
		new Error(
			`The mParticle API credential only sends its token to ${allowed}, not to ${target ?? String(url)}`,
		),
		{
			description:
				'Use this credential for mParticle Platform API addresses only. To call another address, use a credential made for it; to reach an mParticle emulator, set its address as API Base URL under Advanced Settings.',
		},
	);
}

/**
 * Prepares every request made with this credential: sends requests aimed at mParticle's default address
 * to the credential's API base URL, refuses any other host (checkDestination), adds the credential's
 * account to v1 requests that name none (`?accountId=`; a node's Account ID field sets its own first),
 * and signs it with the access token (unless the token was obtained with other values than the credential
 * has now: mParticle then answers 401 and n8n gets a new token). A redirect to another host gets no token
 * and is stopped by n8n, unless the credential's Allowed HTTP Request Domains list allows that host.
 * Plain code rather than n8n expressions: this runs once per item, and an expression costs more than the
 * rest of the request preparation.
 */
export async function signRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const apiBase = apiBaseUrl(credentials);
	const baseURL = requestOptions.baseURL === MPARTICLE_API_BASE_URL ? apiBase : requestOptions.baseURL;
	// The HTTP Request node sends n8n's older request shape, with `uri` instead of `url`.
	const url = requestOptions.url ?? (requestOptions as { uri?: string }).uri;
	checkDestination(apiBase, baseURL, url);
	const namesAccount = Boolean(requestOptions.qs?.accountId) || /[?&]accountId=/.test(url ?? '');
	const qs =
		isV1Request(url) && !namesAccount
			? { ...requestOptions.qs, accountId: credentialAccountId(credentials) }
			: requestOptions.qs;
	// A token stored before sources were recorded has none, and is still used.
	const current = !credentials.tokenSource || credentials.tokenSource === tokenSource(credentials);
	const headers = current
		? { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken)}` }
		: requestOptions.headers;
	return {
		...requestOptions,
		baseURL,
		qs,
		headers,
		sendCredentialsOnCrossOriginRedirect: false,
		allowedDomains: requestOptions.allowedDomains ?? apiBaseOf(apiBase).hostname,
	};
}

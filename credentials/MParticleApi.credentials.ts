import { createHash } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import {
	MPARTICLE_API_BASE_URL,
	MPARTICLE_TOKEN_AUDIENCE,
	MPARTICLE_TOKEN_URL,
} from '../nodes/shared/mparticle';
import { connectionProblem } from '../nodes/shared/request/network';

/** The API base URL of a credential: mParticle's unless Advanced Settings give another one. */
export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return credentials.advancedSettings
		? String(credentials.baseUrl ?? '').replace(/\/+$/, '')
		: MPARTICLE_API_BASE_URL;
}

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

function advanced(credentials: ICredentialDataDecryptedObject, name: string, fallback: string) {
	return credentials.advancedSettings === true && credentials[name] ? String(credentials[name]) : fallback;
}

/**
 * How long a new token is handed to callers that asked with the same stale (or empty) token. n8n reads
 * the credential per item, so items of a large run that started before the new token was stored still
 * ask with the old one.
 */
const NEW_TOKEN_SHARED_FOR_MS = 60_000;
/** How long mParticle's refusal of a Client ID and Secret is handed to callers that would ask again with them. */
const REFUSAL_MEMORY_MS = 30_000;
const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

type TokenExchange = { promise: Promise<string>; forgetAt?: number };

/** The token endpoint refused these values: asking again with the same ones cannot succeed. */
class ClientRejected extends Error {}

/**
 * Why the token endpoint refused, and what to check: 401 is mParticle's answer to a wrong Client ID or
 * Secret; a 403 that is an OAuth error refuses the audience; any other refusal that is not an OAuth error
 * means the Token URL is not a token service.
 */
function refusal(status: number, body: unknown, tokenUrl: string): [string, string] {
	const oauthError = (body as { error?: unknown } | undefined)?.error;
	if (status === 401) {
		return [
			'mParticle rejected the Client ID or Client Secret',
			'Check both in the mParticle API credential',
		];
	}
	if (typeof oauthError !== 'string') {
		return [
			`The Token URL ${tokenUrl} did not answer as a token service`,
			'Check the Token URL under Advanced Settings',
		];
	}
	if (status === 403) {
		return [
			'mParticle refused a token for this audience',
			'Check the Audience and Token URL under Advanced Settings; mParticle’s defaults are right for mParticle',
		];
	}
	return [
		`mParticle refused a token (${oauthError})`,
		'Check the Client ID, Client Secret and Advanced Settings',
	];
}

/**
 * Token requests of this process, keyed by credential and by the token being replaced (empty on first
 * use). n8n asks for a token once per item, concurrently: sharing the request means a run of 2,000 items
 * causes one token request, and after an expired token was replaced, callers that still hold it get the new
 * one for a short while instead of asking again. After a refused Client ID or Secret, later items, batches
 * and nodes get the same refusal for a while instead of asking again (a changed secret is a new key). Other
 * failures are not remembered. The token itself lives in n8n's credential store; this only removes
 * duplicate requests, so it needs no agreement between processes (queue mode).
 */
const tokenExchanges = new Map<string, TokenExchange>();

const sha256 = (values: unknown[]) => createHash('sha256').update(JSON.stringify(values)).digest('hex');

/**
 * What a token is obtained with: token URL, audience, Client ID and Client Secret, as a hash. It is stored
 * beside the token, and a token is used only while these values are unchanged: after the secret (or any of
 * the others) changes, the next request gets a new token with the values as they are now.
 */
function tokenSource(credentials: ICredentialDataDecryptedObject): string {
	return sha256([
		advanced(credentials, 'tokenUrl', MPARTICLE_TOKEN_URL),
		advanced(credentials, 'audience', MPARTICLE_TOKEN_AUDIENCE),
		credentials.clientId,
		credentials.clientSecret,
	]);
}

function exchangeKey(credentials: ICredentialDataDecryptedObject): string {
	return sha256([tokenSource(credentials), credentials.accessToken ?? '']);
}

function forgetOldExchanges(now: number) {
	for (const [key, exchange] of tokenExchanges) {
		if (exchange.forgetAt !== undefined && now > exchange.forgetAt) {
			tokenExchanges.delete(key);
		}
	}
}

function sharedTokenRequest(helper: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
	forgetOldExchanges(Date.now());
	const key = exchangeKey(credentials);
	const existing = tokenExchanges.get(key);
	if (existing) return existing.promise;
	const exchange: TokenExchange = { promise: requestToken(helper, credentials) };
	tokenExchanges.set(key, exchange);
	const rememberFor = (ms: number) => (exchange.forgetAt = Date.now() + ms);
	exchange.promise.then(
		() => rememberFor(NEW_TOKEN_SHARED_FOR_MS),
		(error) =>
			error instanceof ClientRejected ? rememberFor(REFUSAL_MEMORY_MS) : tokenExchanges.delete(key),
	);
	return exchange.promise;
}

async function requestToken(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<string> {
	const tokenUrl = advanced(credentials, 'tokenUrl', MPARTICLE_TOKEN_URL);
	let response;
	try {
		response = await helper.helpers.httpRequest({
			method: 'POST',
			url: tokenUrl,
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: {
				client_id: credentials.clientId,
				client_secret: credentials.clientSecret,
				audience: advanced(credentials, 'audience', MPARTICLE_TOKEN_AUDIENCE),
				grant_type: 'client_credentials',
			},
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: TOKEN_REQUEST_TIMEOUT_MS,
		});
	} catch (error) {
		// The transport error carries the request (and so the client secret): never pass it on. The code
		// goes in the description: n8n replaces a message that contains it with one that names no address.
		const code = (error as { code?: unknown }).code;
		const problem = typeof code === 'string' ? connectionProblem(code) : 'the request failed';
		throw Object.assign(new Error(`Could not reach the mParticle token URL ${tokenUrl}: ${problem}`), {
			description: `${typeof code === 'string' ? `Network error ${code}. ` : ''}Check the Token URL of the mParticle API credential and the network, then try again.`,
		});
	}
	const status = Number(response.statusCode);
	if (status >= 400 && status < 500) {
		const [what, advice] = refusal(status, response.body, tokenUrl);
		throw new ClientRejected(`${what} (HTTP ${status}). ${advice}.`);
	}
	if (status < 200 || status >= 300) {
		throw new Error(`Could not obtain an mParticle access token (HTTP ${status})`);
	}
	// Never quote the token response in an error: it may hold a token.
	const body = response.body as unknown;
	const problem =
		body === undefined || body === null || body === ''
			? 'the token response is empty'
			: typeof body !== 'object'
				? 'the token response is not JSON'
				: undefined;
	const token = (body as { access_token?: unknown } | undefined)?.access_token;
	if (problem || typeof token !== 'string' || token === '') {
		throw new Error(
			`Could not obtain an mParticle access token (HTTP ${status}): ${problem ?? 'the token response has no access_token'}`,
		);
	}
	return token;
}

/**
 * Prepares every request made with this credential: signs it with the access token (unless the token was
 * obtained with other values than the credential has now: mParticle then answers 401 and n8n gets a new
 * token), sends requests aimed at mParticle's default address to the credential's API base URL, and adds
 * the credential's account to v1 requests that name none (`?accountId=`; a node's Account ID field sets its
 * own first). Plain code rather than n8n expressions: this runs once per item, and an expression costs more
 * than the rest of the request preparation.
 */
async function signRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const baseURL =
		requestOptions.baseURL === MPARTICLE_API_BASE_URL ? apiBaseUrl(credentials) : requestOptions.baseURL;
	// The HTTP Request node sends n8n's older request shape, with `uri` instead of `url`.
	const url = requestOptions.url ?? (requestOptions as { uri?: string }).uri;
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
	return { ...requestOptions, baseURL, qs, headers };
}

export class MParticleApi implements ICredentialType {
	name = 'mParticleApi';

	displayName = 'mParticle API';

	icon = { light: 'file:../icons/mparticle.svg', dark: 'file:../icons/mparticle.dark.svg' } as const;

	documentationUrl = 'https://docs.mparticle.com/developers/apis/platform/';

	/** Lets the HTTP Request node use this credential ("Predefined Credential Type") for endpoints the nodes do not cover. */
	httpRequestNode = {
		name: 'mParticle',
		docsUrl: 'https://docs.mparticle.com/developers/apis/platform/',
		apiBaseUrl: `${MPARTICLE_API_BASE_URL}/`,
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'Client ID of a Platform API credential, created in mParticle under Settings → API Credentials',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Client Secret shown once when the API credential was created in mParticle',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 1234',
			description:
				'Numeric ID of the mParticle account the nodes work on. Nodes can override it. Find it in mParticle under Settings → API Credentials or in the dashboard URL.',
		},
		{
			displayName: 'Advanced Settings',
			name: 'advancedSettings',
			type: 'boolean',
			default: false,
			description:
				'Whether to change where requests go, for example to a local mParticle emulator. Leave off for mParticle itself.',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: MPARTICLE_API_BASE_URL,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Address of the mParticle Platform API, without a trailing slash',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: MPARTICLE_TOKEN_URL,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Address that issues access tokens for the Client ID and Client Secret',
		},
		{
			displayName: 'Audience',
			name: 'audience',
			type: 'string',
			default: MPARTICLE_TOKEN_AUDIENCE,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Audience value sent with the token request',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Token Source',
			name: 'tokenSource',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		return {
			accessToken: await sharedTokenRequest(this, credentials),
			tokenSource: tokenSource(credentials),
		};
	}

	/**
	 * Signs every request made with this credential (see signRequest). A field, not a method: n8n serves
	 * credential types to the editor as spread copies, and the HTTP Request node offers only those that have
	 * `authenticate`.
	 */
	authenticate = signRequest;

	test: ICredentialTestRequest = {
		request: {
			baseURL: MPARTICLE_API_BASE_URL,
			url: '/v1/accounts',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'mParticle refused the access token. Check the Account ID, and that the Audience under Advanced Settings is mParticle’s',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'This API credential may not use the Platform API for this account. Check its permissions in mParticle',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'mParticle does not know the Account ID, or this API credential cannot access that account. Check the Account ID',
				},
			},
		],
	};
}

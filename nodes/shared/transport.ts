import type {
	DeclarativeRestApiSettings,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nRequestOperations,
} from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../../credentials/MParticleApi.credentials';
import { sendWithRetries } from './retry';
import { checkPositiveInteger, checkRequired, textParameter, type Check } from './validate';

/**
 * Request settings of the nodes for Platform API v2 resources (workspace in the path, no account).
 * HTTP errors reach our response handler instead of n8n's generic one, except 401: n8n must see that
 * one to refresh the token and retry once.
 */
export const v2RequestDefaults: DeclarativeRestApiSettings.HttpRequestOptions = {
	baseURL: MPARTICLE_API_BASE_URL,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
	ignoreHttpStatusErrors: { ignore: true, except: [401] },
};

/**
 * Request settings of the nodes for v1 resources: as v2, plus the credential's account as `?accountId=`
 * (n8n reads the credential once per run for these settings; setAccountId checks it or applies the node's override).
 */
export const v1RequestDefaults: DeclarativeRestApiSettings.HttpRequestOptions = {
	...v2RequestDefaults,
	qs: { accountId: '={{ $credentials.accountId }}' },
};

export const requestOperations: IN8nRequestOperations = { pagination: sendWithRetries };

/** Sets `?accountId=`: the node's Account ID when given, else the credential's; also fills `{accountId}` in the path. */
export async function setAccountId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const override = textParameter(this, 'accountId');
	let accountId: string;
	if (override !== '') {
		accountId = checkPositiveInteger(this, override, 'Account ID');
	} else {
		const fromCredential = String(options.qs?.accountId ?? '').trim();
		accountId = checkPositiveInteger(this, fromCredential, 'Account ID of the mParticle API credential');
	}
	options.qs = { ...options.qs, accountId };
	options.url = options.url?.replace('{accountId}', accountId);
	return options;
}

/**
 * Fills each `{name}` in the operation's path with the parameter of that name (trimmed, URL-encoded).
 * Format checks live with the fields; this only refuses an empty value, naming the field, unless the
 * operation gives that placeholder its own check, which may also convert the value (e.g. e-mail → user key).
 */
export function fillPath(labels: Record<string, string>, checks: Record<string, Check> = {}) {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		options.url = options.url?.replace(/\{(\w+)\}/g, (_, name: string) =>
			encodeURIComponent(
				(checks[name] ?? checkRequired)(this, textParameter(this, name), labels[name] ?? name),
			),
		);
		return options;
	};
}

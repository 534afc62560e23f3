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
 * Request settings shared by every node. HTTP errors reach our response handler instead of n8n's
 * generic one, except 401: n8n must see that one to refresh the token and retry once. The credential
 * signs each request, sends it to its API base URL and adds its account to v1 requests.
 */
export const requestDefaults: DeclarativeRestApiSettings.HttpRequestOptions = {
	baseURL: MPARTICLE_API_BASE_URL,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
	ignoreHttpStatusErrors: { ignore: true, except: [401] },
};

export const requestOperations: IN8nRequestOperations = { pagination: sendWithRetries };

/**
 * Applies the node's Account ID field, when given, as `?accountId=` (otherwise the credential adds its own
 * account), and fills `{accountId}` in the path (the Account node's Get and Update) with the account used.
 */
export async function setAccountId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const override = textParameter(this, 'accountId');
	let accountId: string | undefined;
	if (override !== '') {
		accountId = checkPositiveInteger(this, override, 'Account ID');
	} else if (options.url?.includes('{accountId}')) {
		// The Account node acts on the credential's account when its Account ID field is empty.
		const fromCredential = String((await this.getCredentials('mParticleApi')).accountId ?? '').trim();
		accountId = checkPositiveInteger(this, fromCredential, 'Account ID of the mParticle API credential');
	}
	if (accountId === undefined) return options;
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

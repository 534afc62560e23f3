import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { checkPositiveInteger, checkRequired, inputError, textParameter, type Check } from '../checks';
import { credentialOf } from '../credential/runCredential';

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
		// The Account node acts on the credential's account when its Account ID field is empty (the credential
		// as read once for the node run: no second read per item).
		const fromCredential = String((await credentialOf(this)).accountId ?? '').trim();
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
		options.url = options.url?.replace(/\{(\w+)\}/g, (_, name: string) => {
			const label = labels[name] ?? name;
			const value = (checks[name] ?? checkRequired)(this, textParameter(this, name), label);
			return encodeURIComponent(checkPathSegment(this, value, label));
		});
		return options;
	};
}

/**
 * `.` and `..` survive URL encoding and would change which address the request goes to (`/v1/apps/1/..` is
 * `/v1/apps/`): no mParticle name or ID is either, so they are refused before sending.
 */
function checkPathSegment(context: IExecuteSingleFunctions, value: string, label: string): string {
	if (value === '.' || value === '..') {
		throw inputError(context, `${label} cannot be "${value}": it is not a name mParticle uses`);
	}
	return value;
}

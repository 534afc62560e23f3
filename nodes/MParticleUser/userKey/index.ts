import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { checkRequired, inputError } from '../../shared/checks';

/*
 * mParticle puts a user in the path as a "user key": the e-mail address with some characters replaced
 * by their character code in hexadecimal, without the % of URL encoding. The rule is INFERRED from the
 * one documented example, test@mparticle.com → test40mparticle2Ecom: only these two replacements are
 * known, so other characters are left as they are (and URL-encoded like any path value).
 */
/** What `@` becomes in a user key (INFERRED). */
export const USER_KEY_AT = '40';
/** What `.` becomes in a user key (INFERRED). */
export const USER_KEY_DOT = '2E';

/** Text with one @, something before it, and a dot in the part after it (unanchored, as n8n's modes take it). */
export const EMAIL_PATTERN = '[^\\s@]+@[^\\s@]+\\.[^\\s@]+';
const LOOKS_LIKE_EMAIL = new RegExp(`^${EMAIL_PATTERN}$`);

/** The user key mParticle expects in `/users/{userKey}` for an e-mail address. */
export function encodeUserKey(email: string): string {
	return email.replace(/@/g, USER_KEY_AT).replace(/\./g, USER_KEY_DOT);
}

/** Checks that the field holds an e-mail address and returns its user key. */
export function userKeyFromEmail(context: IExecuteSingleFunctions, value: string, label: string): string {
	const email = checkRequired(context, value, label);
	if (!LOOKS_LIKE_EMAIL.test(email)) {
		throw inputError(context, `${label} must be an e-mail address, e.g. test@mparticle.com (got "${email}")`);
	}
	return encodeUserKey(email);
}

import { credentialOf, type CredentialReader } from '../credential/runCredential';

const HIDDEN = '[hidden]';

/**
 * Text shaped like a credential, whatever server sent it back: a bearer token, a JWT, a client secret
 * field, or a long run of letters and digits (access tokens and keys are; mParticle IDs and names are not).
 */
const TOKEN_SHAPED: Array<[RegExp, string]> = [
	[/\b(Bearer|Basic)\s+[^\s"',;<>]+/gi, `$1 ${HIDDEN}`],
	[/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, HIDDEN],
	[/(client_secret|access_token|refresh_token)(["']?\s*[:=]\s*["']?)[^\s"'&,;}<>]+/gi, `$1$2${HIDDEN}`],
	[/\b(?=[A-Za-z_]*\d)(?=\d*[A-Za-z_])[A-Za-z0-9_]{32,}\b/g, HIDDEN],
];

function scrubText(text: string, known: string[]): string {
	let result = text;
	for (const secret of known) result = result.split(secret).join(HIDDEN);
	for (const [pattern, replacement] of TOKEN_SHAPED) result = result.replace(pattern, replacement);
	return result;
}

/** `value` with every string in it scrubbed; objects and arrays are copied, errors changed in place. */
function scrubValue(value: unknown, known: string[], seen: WeakSet<object>): unknown {
	if (typeof value === 'string') return scrubText(value, known);
	if (value === null || typeof value !== 'object' || seen.has(value)) return value;
	seen.add(value);
	if (Array.isArray(value)) return value.map((entry) => scrubValue(entry, known, seen));
	const target = value instanceof Error ? value : ({} as Record<string, unknown>);
	for (const key of Object.getOwnPropertyNames(value)) {
		// The node a node error names is the workflow's own definition, not something a server sent.
		if (key === 'node' && value instanceof Error) continue;
		const entry = (value as unknown as Record<string, unknown>)[key];
		// A transport error below a node error holds the whole request: keep only its message.
		const kept = key === 'cause' && entry instanceof Error ? { message: entry.message } : entry;
		(target as unknown as Record<string, unknown>)[key] = scrubValue(kept, known, seen);
	}
	return target;
}

/** The credential's secret and token, as far as they can be read: they are hidden wherever they appear. */
async function knownSecrets(context: CredentialReader): Promise<string[]> {
	try {
		const credentials = await credentialOf(context);
		return [credentials.clientSecret, credentials.accessToken].filter(
			(value): value is string => typeof value === 'string' && value.length >= 4,
		);
	} catch {
		return [];
	}
}

/**
 * The error with the credential's secret and token, and anything token-shaped, removed from its message,
 * description, stored response and context: a server that echoes the request (its Authorization header
 * included) in an error page must not put the token into the node's error or the execution data.
 */
export async function withoutSecrets<E extends Error>(context: CredentialReader, error: E): Promise<E> {
	return scrubValue(error, await knownSecrets(context), new WeakSet()) as E;
}

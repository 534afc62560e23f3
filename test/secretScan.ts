/**
 * Finds secrets (client secrets, access tokens) in whatever the nodes produced: output items, errors with
 * their message, description, stack and cause, log records. Errors keep message, stack and cause in
 * non-enumerable properties, which JSON.stringify leaves out, so every own property is walked.
 */

/** Every string reachable from `value`, property names included. */
export function stringsIn(value: unknown, found: string[] = [], seen = new Set<object>()): string[] {
	if (typeof value === 'string') {
		found.push(value);
		return found;
	}
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return found;
	if (value === null || typeof value !== 'object' || seen.has(value)) return found;
	seen.add(value);
	if (Buffer.isBuffer(value)) {
		found.push(value.toString('utf8'));
		return found;
	}
	if (value instanceof Map) {
		for (const [key, entry] of value) {
			stringsIn(key, found, seen);
			stringsIn(entry, found, seen);
		}
		return found;
	}
	if (value instanceof Set) {
		for (const entry of value) stringsIn(entry, found, seen);
		return found;
	}
	for (const key of Object.getOwnPropertyNames(value)) {
		found.push(key);
		let entry: unknown;
		try {
			entry = (value as Record<string, unknown>)[key];
		} catch {
			continue;
		}
		stringsIn(entry, found, seen);
	}
	return found;
}

/** JSON of a value that may be circular (as a log line or an API response would show it). */
export function safeJson(value: unknown): string {
	const seen = new WeakSet<object>();
	try {
		return (
			JSON.stringify(value, (_key, entry: unknown) => {
				if (entry && typeof entry === 'object') {
					if (seen.has(entry)) return '[circular]';
					seen.add(entry);
				}
				return entry;
			}) ?? ''
		);
	} catch {
		return '';
	}
}

export interface Leak {
	secret: string;
	/** Where it was found: the source's label and the text around it. */
	where: string;
}

/** The secrets (non-empty, at least 8 characters) that occur in any of the sources. */
export function findLeaks(
	secrets: Iterable<string>,
	sources: Array<{ label: string; value: unknown }>,
): Leak[] {
	const wanted = [...new Set(secrets)].filter((secret) => typeof secret === 'string' && secret.length >= 8);
	const leaks: Leak[] = [];
	for (const { label, value } of sources) {
		const text = [...stringsIn(value), safeJson(value)].join('\n');
		for (const secret of wanted) {
			const at = text.indexOf(secret);
			if (at >= 0) leaks.push({ secret, where: `${label}: …${text.slice(Math.max(0, at - 80), at + 80)}…` });
		}
	}
	return leaks;
}

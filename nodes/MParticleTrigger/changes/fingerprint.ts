import { createHash } from 'crypto';

/** JSON with every object's keys in sorted order, so equal values always give the same text. */
export function stableJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	const object = value as Record<string, unknown>;
	const fields = Object.keys(object)
		.filter((key) => object[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${stableJson(object[key])}`);
	return `{${fields.join(',')}}`;
}

/** Characters of a fingerprint: 48 bits, so a change goes unnoticed with odds of 1 in 2^48. */
export const FINGERPRINT_LENGTH = 8;

/** A short fingerprint of a value: the start of its SHA-1, in URL-safe base64. */
export function fingerprint(value: unknown): string {
	return createHash('sha1').update(stableJson(value)).digest('base64url').slice(0, FINGERPRINT_LENGTH);
}

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

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A short fingerprint of a value: 48 bits of a fast non-cryptographic hash (two multiplicative 32-bit lanes)
 * of its JSON, in URL-safe characters. mParticle sends an entity's fields in the same order every time, so
 * plain JSON is enough here (a list of 100,000 entities is fingerprinted several times faster than with
 * sorted keys and SHA-1); a field that reordered would read as one change.
 */
export function fingerprint(value: unknown): string {
	const text = JSON.stringify(value) ?? 'null';
	let high = 0xdeadbeef;
	let low = 0x41c6ce57;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		high = Math.imul(high ^ code, 2654435761);
		low = Math.imul(low ^ code, 1597334677);
	}
	high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
	low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
	let digits = '';
	for (let shift = 0; shift < 24; shift += 6) digits += DIGITS[(high >>> shift) & 63];
	for (let shift = 0; shift < 24; shift += 6) digits += DIGITS[(low >>> shift) & 63];
	return digits;
}

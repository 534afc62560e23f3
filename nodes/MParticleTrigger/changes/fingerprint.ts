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

/** Where a value's JSON is encoded to be hashed 4 bytes at a time; grows for longer texts. */
let scratch = Buffer.allocUnsafeSlow(1 << 14);
let words = new Uint32Array(scratch.buffer, 0, scratch.length >>> 2);

/**
 * A short fingerprint of a value: 48 bits of a fast non-cryptographic hash (two multiplicative 32-bit lanes
 * over its UTF-8 JSON, 4 bytes at a time), in URL-safe characters. mParticle sends an entity's fields in the
 * same order every time, so plain JSON is enough here (a list of 100,000 entities is fingerprinted several
 * times faster than with sorted keys and SHA-1); a field that reordered would read as one change.
 */
export function fingerprint(value: unknown): string {
	const text = JSON.stringify(value) ?? 'null';
	if (text.length * 3 + 4 > scratch.length) {
		scratch = Buffer.allocUnsafeSlow((text.length * 3 + 4) * 2);
		words = new Uint32Array(scratch.buffer, 0, scratch.length >>> 2);
	}
	const bytes = scratch.write(text, 0, 'utf8');
	scratch.fill(0, bytes, bytes + 4);
	let high = 0xdeadbeef ^ bytes;
	let low = 0x41c6ce57 ^ bytes;
	for (let index = 0, end = (bytes + 3) >>> 2; index < end; index++) {
		const word = words[index];
		high = Math.imul(high ^ word, 2654435761);
		low = Math.imul(low ^ word, 1597334677);
	}
	high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
	low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
	let digits = '';
	for (let shift = 0; shift < 24; shift += 6) digits += DIGITS[(high >>> shift) & 63];
	for (let shift = 0; shift < 24; shift += 6) digits += DIGITS[(low >>> shift) & 63];
	return digits;
}

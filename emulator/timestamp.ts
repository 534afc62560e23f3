/** Timestamps as mParticle writes them: ISO-8601 without a time zone. */
export function timestamp(date = new Date()) {
	return date.toISOString().replace('Z', '');
}

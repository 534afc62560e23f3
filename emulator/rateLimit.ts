import { failure } from './replies';
import type { Reply } from './router';

/** A token bucket: `burst` requests at once, refilled at `perSecond` requests per second. */
export interface RateLimitSettings {
	perSecond: number;
	burst: number;
	/** Count token requests too; by default only API requests are limited. */
	tokenRequests?: boolean;
	/** The clock in milliseconds, replaceable so a test can move time on; default `performance.now`. */
	now?: () => number;
}

/** How many requests the bucket let through and how many it answered with 429, since the last reset. */
export interface RateLimitCounts {
	admitted: number;
	refused: number;
}

/** What the bucket decided for one request: headers to add to a 2xx answer, or the 429 to send instead. */
export type Admission = { refusal: Reply } | { successHeaders: Record<string, string> };

/**
 * mParticle's throttling contract (platform API docs §0.6) on a token bucket: beyond the budget, 429 with
 * `Retry-After` in whole seconds (the wait for the next token, rounded up, at least 1) and
 * `X-mp-rate-limit-exceeded: account`; 2xx answers carry `X-mp-rate-limit-percentage-used`. One bucket
 * for the whole emulator. Off until `configure` is given settings.
 */
export class RateLimit {
	readonly counts: RateLimitCounts = { admitted: 0, refused: 0 };

	private settings?: Required<RateLimitSettings>;

	private tokens = 0;

	private refilledAt = 0;

	configure(settings: RateLimitSettings | false) {
		if (settings === false) {
			this.settings = undefined;
		} else {
			const { perSecond, burst } = settings;
			if (!(perSecond > 0) || !Number.isInteger(burst) || burst < 1) {
				throw new Error(
					`A rate limit needs perSecond > 0 and a whole burst ≥ 1 (got ${perSecond} and ${burst}).`,
				);
			}
			this.settings = { tokenRequests: false, now: () => performance.now(), ...settings };
		}
		this.reset();
	}

	/** Starts the counts again from zero and fills the bucket. */
	reset() {
		this.counts.admitted = 0;
		this.counts.refused = 0;
		if (!this.settings) return;
		this.tokens = this.settings.burst;
		this.refilledAt = this.settings.now();
	}

	/** Takes a token for this request, or refuses it; undefined when the request is not limited. */
	admit(isTokenRequest: boolean): Admission | undefined {
		const settings = this.settings;
		if (!settings || (isTokenRequest && !settings.tokenRequests)) return undefined;
		const now = settings.now();
		this.tokens = Math.min(
			settings.burst,
			this.tokens + ((now - this.refilledAt) / 1000) * settings.perSecond,
		);
		this.refilledAt = now;
		if (this.tokens < 1) {
			this.counts.refused += 1;
			const refusal = failure(429, 'Too many requests.');
			refusal.headers = {
				'Retry-After': String(Math.max(1, Math.ceil((1 - this.tokens) / settings.perSecond))),
				'X-mp-rate-limit-exceeded': 'account',
			};
			return { refusal };
		}
		this.tokens -= 1;
		this.counts.admitted += 1;
		const used = Math.round(((settings.burst - this.tokens) / settings.burst) * 100);
		return { successHeaders: { 'X-mp-rate-limit-percentage-used': String(used) } };
	}
}

/** The reply with the admission's headers added when it is a success (2xx). */
export function withSuccessHeaders(reply: Reply, headers: Record<string, string>): Reply {
	if (reply.status < 200 || reply.status >= 300) return reply;
	return { ...reply, headers: { ...reply.headers, ...headers } };
}

/**
 * Reads a rate limit written as `<requests per second>,<burst>` (e.g. `50,20`), as `npm start` takes it
 * from EMULATOR_RATE_LIMIT; the burst defaults to the rate, rounded up. Empty or `off`: no limit.
 */
export function parseRateLimit(text: string | undefined): RateLimitSettings | false {
	const trimmed = (text ?? '').trim();
	if (trimmed === '' || trimmed.toLowerCase() === 'off') return false;
	const [perSecondText, burstText] = trimmed.split(',').map((part) => part.trim());
	const perSecond = Number(perSecondText);
	const burst = burstText === undefined ? Math.ceil(perSecond) : Number(burstText);
	if (!(perSecond > 0) || !Number.isInteger(burst) || burst < 1) {
		throw new Error(
			`EMULATOR_RATE_LIMIT must be "<requests per second>,<burst>", e.g. "50,20" (got "${text}").`,
		);
	}
	return { perSecond, burst };
}

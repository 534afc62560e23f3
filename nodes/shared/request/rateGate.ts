import { sleep } from 'n8n-workflow';

/** Requests of one credential in flight at first, and at most. */
const INITIAL_IN_FLIGHT = 16;
const MAX_IN_FLIGHT = 64;
/** The pause after a 429 that gives no Retry-After. */
const DEFAULT_PAUSE_MS = 1_000;
/** The send rate is learned from the successes of the last second before a 429, when there are this many. */
const RATE_SAMPLE_MS = 1_000;
const MIN_RATE_SAMPLE = 10;
/** A learned rate starts this far below what mParticle allowed, and grows by this factor per second without a 429. */
const RATE_MARGIN = 0.9;
const RATE_GROWTH_PER_SECOND = 1.1;
/** A learned rate is dropped after this long without a 429; the whole gate after this long unused. */
const RATE_FORGET_MS = 30_000;
const GATE_FORGET_MS = 120_000;

/**
 * Paces the requests of one credential in this process so that a rate-limited account slows the run down
 * instead of failing items. After a 429 every request waits as long as mParticle asked (Retry-After), the
 * number of requests in flight halves (and grows back by one per round of successes), and requests are
 * sent no faster than mParticle allowed in the second before the 429, a rate that then grows by 10% per
 * second until the next 429. Nothing is shared between processes: in queue mode each worker has its own.
 */
export class RateGate {
	private inFlight = 0;
	private limit = INITIAL_IN_FLIGHT;
	private readonly waiting: Array<() => void> = [];
	private resumeAt = 0;
	/** Requests per second, once a 429 taught one. */
	private rate?: number;
	private rateSetAt = 0;
	private nextSendAt = 0;
	private lastLimitedAt = 0;
	/** Bumped at each 429 that changed the pace: 429s of requests sent before it change nothing more. */
	private period = 0;
	/** When recent requests succeeded, for the rate a 429 teaches. */
	private readonly successes: number[] = [];
	private lastUsedAt = 0;

	/** Waits for a turn: a free place in flight, the end of a pause, the next paced slot. Returns the period. */
	async enter(): Promise<number> {
		this.lastUsedAt = Date.now();
		while (this.inFlight >= Math.floor(this.limit)) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
		this.inFlight++;
		for (;;) {
			const now = Date.now();
			const slot = Math.max(now, this.resumeAt, this.rate === undefined ? 0 : this.nextSendAt);
			if (slot <= now) break;
			await sleep(slot - now);
			if (Date.now() >= this.resumeAt && (this.rate === undefined || Date.now() >= this.nextSendAt)) break;
		}
		const rate = this.currentRate(Date.now());
		if (rate !== undefined) this.nextSendAt = Math.max(Date.now(), this.nextSendAt) + 1000 / rate;
		return this.period;
	}

	/** Ends a turn: `rateLimited` with mParticle's Retry-After (seconds) when it answered 429. */
	leave(period: number, outcome: { rateLimited: boolean; retryAfterSeconds?: number; succeeded: boolean }) {
		const now = Date.now();
		this.inFlight--;
		if (outcome.rateLimited) {
			const pauseMs =
				outcome.retryAfterSeconds === undefined ? DEFAULT_PAUSE_MS : outcome.retryAfterSeconds * 1000;
			this.resumeAt = Math.max(this.resumeAt, now + pauseMs);
			this.nextSendAt = Math.max(this.nextSendAt, this.resumeAt);
			if (period === this.period) this.slowDown(now);
		} else if (outcome.succeeded) {
			this.limit = Math.min(MAX_IN_FLIGHT, this.limit + 1 / this.limit);
			this.successes.push(now);
			while (this.successes.length > 0 && this.successes[0] < now - RATE_SAMPLE_MS) this.successes.shift();
		}
		this.wakeWaiting();
	}

	/** Whether nothing has used the gate for a long while, so it can be forgotten. */
	unusedSince(now: number) {
		return this.inFlight === 0 && this.waiting.length === 0 && now - this.lastUsedAt > GATE_FORGET_MS;
	}

	private slowDown(now: number) {
		this.period++;
		this.limit = Math.max(1, this.limit / 2);
		this.lastLimitedAt = now;
		const recent = this.successes.filter((at) => at >= now - RATE_SAMPLE_MS).length;
		if (recent >= MIN_RATE_SAMPLE) {
			this.rate = (RATE_MARGIN * recent * 1000) / RATE_SAMPLE_MS;
			this.rateSetAt = this.resumeAt;
		}
		this.successes.length = 0;
	}

	/** The learned rate, grown since it was set, or none once 429s have stopped for a while. */
	private currentRate(now: number) {
		if (this.rate === undefined) return undefined;
		if (now - this.lastLimitedAt > RATE_FORGET_MS) {
			this.rate = undefined;
			return undefined;
		}
		if (now > this.rateSetAt) {
			this.rate *= RATE_GROWTH_PER_SECOND ** ((now - this.rateSetAt) / 1000);
			this.rateSetAt = now;
		}
		return this.rate;
	}

	/** Wakes the longest waiting caller when there is room; it checks again for room when it runs. */
	private wakeWaiting() {
		if (this.inFlight < Math.floor(this.limit)) this.waiting.shift()?.();
	}
}

/** One gate per credential in this process. */
const gates = new Map<string, RateGate>();

export function gateFor(credentialKey: string): RateGate {
	const now = Date.now();
	for (const [key, gate] of gates) if (gate.unusedSince(now)) gates.delete(key);
	let gate = gates.get(credentialKey);
	if (!gate) {
		gate = new RateGate();
		gates.set(credentialKey, gate);
	}
	return gate;
}

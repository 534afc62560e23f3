import { sleep } from 'n8n-workflow';

/** Requests of one credential in flight at first, and at most. */
const INITIAL_IN_FLIGHT = 16;
const MAX_IN_FLIGHT = 64;
/** The pause after a 429 that gives no Retry-After. */
const DEFAULT_PAUSE_MS = 1_000;
/** Successes that all came within this time before the first 429 were mParticle's burst allowance. */
const BURST_WINDOW_MS = 500;
/** After a burst, the pace doubles each second until a 429 shows the sustained rate. */
const PROBE_GROWTH_PER_SECOND = 2;
/** Below the sustained rate mParticle showed, and how fast the pace grows back towards it and beyond. */
const RATE_MARGIN = 0.97;
const STEADY_GROWTH_PER_SECOND = 1.02;
const MIN_RATE = 0.5;
/** Send times kept for learning the rate (the estimate compares every pair of them). */
const MAX_SAMPLE = 1_000;
/** A gap without requests this long ends a sample of what mParticle lets through. */
const IDLE_MS = 1_000;
/** A pace is dropped after this long without a 429; the whole gate after this long unused. */
const RATE_FORGET_MS = 30_000;
const GATE_FORGET_MS = 120_000;

/** A turn to send one request: the pace period it was given in, and when it was sent. */
export interface Turn {
	period: number;
	sentAt: number;
}

/**
 * Paces the requests of one credential in this process, so that a rate-limited account slows a run down
 * instead of failing its items. After a 429, every request waits as long as mParticle asked (Retry-After),
 * the requests in flight halve (and grow back by one per round of successes), and requests are then sent
 * at a pace learned from what mParticle let through: the successes right before the first 429 are its
 * burst allowance; after that the pace doubles each second until the next 429, whose successes since the
 * previous pause, less the burst, show the sustained rate. The pace then stays just below that rate and
 * grows 2% a second, so it follows a limit that rises. Nothing is shared between processes: in queue mode
 * each worker has its own gate.
 */
export class RateGate {
	private inFlight = 0;
	private limit = INITIAL_IN_FLIGHT;
	private readonly waiting: Array<() => void> = [];
	private resumeAt = 0;
	/** Requests per second once a 429 taught one, how fast it grows, and since when. */
	private rate?: number;
	private growth = STEADY_GROWTH_PER_SECOND;
	private rateSetAt = 0;
	private nextSendAt = 0;
	private lastLimitedAt = 0;
	private burst?: number;
	/** When the requests that succeeded since the last pause ended (or since a quiet while) were sent. */
	private windowStart = 0;
	private readonly windowSends: number[] = [];
	/** Bumped at each 429 that changed the pace: 429s of requests sent before it change nothing more. */
	private period = 0;
	private lastUsedAt = 0;

	/** Waits for a turn: a free place in flight, the end of a pause, the next paced slot. */
	async enter(): Promise<Turn> {
		const now = Date.now();
		// A run that starts after a quiet while starts a new sample: idle time shows nothing of mParticle's rate.
		if (this.inFlight === 0 && this.waiting.length === 0 && now - this.lastUsedAt > IDLE_MS) {
			this.windowStart = Math.max(now, this.resumeAt);
			this.windowSends.length = 0;
		}
		this.lastUsedAt = now;
		while (this.inFlight >= Math.floor(this.limit)) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
		this.inFlight++;
		for (;;) {
			const at = Date.now();
			const slot = Math.max(this.resumeAt, this.rate === undefined ? 0 : this.nextSendAt);
			if (slot <= at) break;
			await sleep(slot - at);
		}
		const rate = this.currentRate(Date.now());
		const sentAt = Date.now();
		if (rate !== undefined) this.nextSendAt = Math.max(sentAt, this.nextSendAt) + 1000 / rate;
		return { period: this.period, sentAt };
	}

	/** Ends a turn: `rateLimited` with mParticle's Retry-After (seconds) when it answered 429. */
	leave(turn: Turn, outcome: { succeeded: boolean; rateLimited: boolean; retryAfterSeconds?: number }) {
		const now = Date.now();
		this.inFlight--;
		if (outcome.rateLimited) {
			const pauseMs =
				outcome.retryAfterSeconds === undefined ? DEFAULT_PAUSE_MS : outcome.retryAfterSeconds * 1000;
			this.resumeAt = Math.max(this.resumeAt, now + pauseMs);
			this.nextSendAt = Math.max(this.nextSendAt, this.resumeAt);
			if (turn.period === this.period) this.slowDown(now);
		} else if (outcome.succeeded) {
			this.limit = Math.min(MAX_IN_FLIGHT, this.limit + 1 / this.limit);
			if (turn.sentAt >= this.windowStart && this.windowSends.length < MAX_SAMPLE) {
				this.windowSends.push(turn.sentAt);
			}
		}
		if (this.inFlight < Math.floor(this.limit)) this.waiting.shift()?.();
	}

	/** Whether nothing has used the gate for a long while, so it can be forgotten. */
	unusedSince(now: number) {
		return this.inFlight === 0 && this.waiting.length === 0 && now - this.lastUsedAt > GATE_FORGET_MS;
	}

	private slowDown(now: number) {
		this.period++;
		this.lastLimitedAt = now;
		const elapsedMs = Math.max(1, now - this.windowStart);
		if (this.burst === undefined && elapsedMs < BURST_WINDOW_MS) {
			this.burst = this.windowSends.length;
			this.setRate(Math.max(MIN_RATE, this.burst), PROBE_GROWTH_PER_SECOND);
		} else {
			const sustained = sustainedRate(this.windowSends, this.burst ?? 0);
			const fallback = (this.windowSends.length * 1000) / elapsedMs;
			this.setRate(Math.max(MIN_RATE, RATE_MARGIN * (sustained || fallback)), STEADY_GROWTH_PER_SECOND);
		}
		this.windowStart = this.resumeAt;
		this.windowSends.length = 0;
	}

	private setRate(rate: number, growth: number) {
		this.rate = rate;
		this.growth = growth;
		this.rateSetAt = this.resumeAt;
	}

	/** The learned pace, grown since it was set, or none once 429s have stopped for a while. */
	private currentRate(now: number) {
		if (this.rate === undefined) return undefined;
		if (now - this.lastLimitedAt > RATE_FORGET_MS) {
			this.rate = undefined;
			return undefined;
		}
		if (now > this.rateSetAt) {
			this.rate *= this.growth ** ((now - this.rateSetAt) / 1000);
			this.rateSetAt = now;
		}
		return this.rate;
	}
}

/**
 * The least rate a token bucket of `burst` must refill at to have let through every request of the sample
 * (their send times, in ms): any stretch of them can hold at most the burst plus what the rate refilled
 * meanwhile. The 429 that ended the sample shows the bucket ran dry, so this bound is close to the rate.
 */
export function sustainedRate(sentAt: number[], burst: number): number {
	const times = [...sentAt].sort((a, b) => a - b);
	let rate = 0;
	for (let last = 1; last < times.length; last++) {
		for (let first = 0; first < last; first++) {
			const seconds = (times[last] - times[first]) / 1000;
			const beyondBurst = last - first + 1 - burst;
			if (seconds > 0 && beyondBurst > 0) rate = Math.max(rate, beyondBurst / seconds);
		}
	}
	return rate;
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

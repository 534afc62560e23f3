import { sleep } from 'n8n-workflow';

/** Requests of one credential in flight at first, and at most. */
const INITIAL_IN_FLIGHT = 16;
const MAX_IN_FLIGHT = 64;
/** The pause after a 429 that gives no Retry-After. */
const DEFAULT_PAUSE_MS = 1_000;
/** Successes that all came within this time before the first 429 were mParticle's burst allowance. */
const BURST_WINDOW_MS = 500;
/**
 * After the burst, the pace starts at twice the burst per second and doubles each second until a 429:
 * the requests let through meanwhile show the sustained rate.
 */
const PROBE_START = 2;
const PROBE_GROWTH_PER_SECOND = 2;
/** Below the sustained rate mParticle showed, and how fast the pace grows back towards it and beyond. */
const RATE_MARGIN = 0.99;
const STEADY_GROWTH_PER_SECOND = 1.01;
const MIN_RATE = 0.5;
/** Send times kept for learning the rate (the estimate compares every pair of them), and the least. */
const MAX_SAMPLE = 1_000;
const MIN_SAMPLE = 10;
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
 * instead of failing its items. At most 16 requests are in flight at first, growing by one per round of
 * successes up to 64. After a 429, every request waits as long as mParticle asked (Retry-After), then
 * requests are sent at a pace learned from what mParticle let through: the requests before the first 429
 * are its burst allowance; then the pace starts at twice that per second and doubles each second until the
 * next 429, and the send times of the requests let through since the pause show the rate mParticle
 * sustains (sustainedRate). The pace then stays just below that rate and grows 1% a second, so it follows
 * a limit that rises, until the next 429 corrects it. Nothing is shared between processes: in queue mode
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
	/** What mParticle let through before the first 429, and over how long it was sent: its burst allowance. */
	private burst?: { sent: number; seconds: number };
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
		const sends = this.windowSends;
		const elapsedMs = Math.max(1, now - this.windowStart);
		// A few requests show nothing of mParticle's rate (its budget may be shared, e.g. by an organization):
		// then the requests only wait as told.
		if (sends.length >= MIN_SAMPLE) {
			if (this.burst === undefined && elapsedMs < BURST_WINDOW_MS) {
				const seconds = (Math.max(...sends) - Math.min(...sends)) / 1000;
				this.burst = { sent: sends.length, seconds };
				this.setRate(PROBE_START * this.burst.sent, PROBE_GROWTH_PER_SECOND);
			} else {
				const sustained = this.sustained();
				if (sustained > 0)
					this.setRate(Math.max(MIN_RATE, RATE_MARGIN * sustained), STEADY_GROWTH_PER_SECOND);
			}
		}
		this.windowStart = this.resumeAt;
		sends.length = 0;
	}

	/**
	 * The sustained rate of the last sample. The first burst also held what the rate refilled while it was
	 * sent: that share is taken off the burst with a first estimate, and the rate estimated again.
	 */
	private sustained() {
		if (this.burst === undefined) return sustainedRate(this.windowSends, 0);
		const { sent, seconds } = this.burst;
		let rate = sustainedRate(this.windowSends, sent);
		for (let round = 0; round < 2; round++) {
			rate = sustainedRate(this.windowSends, Math.max(1, sent - rate * seconds));
		}
		return rate;
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

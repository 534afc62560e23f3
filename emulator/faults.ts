/**
 * Faults the emulator injects instead of (or before) answering a route, so tests can reproduce
 * rate limits, outages and broken responses. A fault matches by method and path and fires `times` times.
 */
export interface Fault {
	method?: string;
	/** Exact path (without query), or a pattern. */
	path: string | RegExp;
	/** Answer with this status instead of the route's reply. */
	status?: number;
	/** Sent as the Retry-After header. */
	retryAfter?: number | string;
	/** Wait this long before answering (the route still runs unless another fault field answers). */
	latencyMs?: number;
	/** Answer with exactly this JSON body (with `status`, default 200), e.g. to reproduce a bare array. */
	json?: unknown;
	/** What the body looks like: mParticle's error envelope (default), broken JSON, an HTML page, or nothing. */
	body?: 'envelope' | 'malformed' | 'html' | 'empty';
	/** Drop the connection without answering. */
	reset?: boolean;
	/** Carry the request out, then drop the connection: the change is made but its answer is lost. */
	resetAfterApplying?: boolean;
	/** Answer with a redirect (`status`, default 302) to this address. */
	redirectTo?: string;
	/**
	 * Answer `status` with an error that repeats the request's headers and body back, as some servers and
	 * proxies do: in mParticle's error envelope, or as an HTML page.
	 */
	echo?: 'envelope' | 'html';
	/** How many matching requests it affects; default 1. */
	times?: number;
}

export class Faults {
	private readonly active: Array<Fault & { remaining: number }> = [];

	add(fault: Fault) {
		this.active.push({ ...fault, remaining: fault.times ?? 1 });
	}

	clear() {
		this.active.length = 0;
	}

	/** The fault for this request, if any, counting it as used. */
	take(method: string, path: string): Fault | undefined {
		const index = this.active.findIndex(
			(fault) =>
				fault.remaining > 0 &&
				(!fault.method || fault.method === method) &&
				(typeof fault.path === 'string' ? fault.path === path : fault.path.test(path)),
		);
		if (index < 0) return undefined;
		const fault = this.active[index];
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.active.splice(index, 1);
		return fault;
	}
}

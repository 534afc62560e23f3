import { useHarness } from './helpers';

/** The emulator's rate-limited mode (emulator/rateLimit.ts): mParticle's 429 contract on a token bucket. */
const h = useHarness();
afterEach(() => h.emulator.rateLimit(false));

/** A clock the test moves by hand, so what the bucket holds does not depend on how fast the machine is. */
function manualClock() {
	const clock = { ms: 0, now: () => clock.ms };
	return clock;
}

async function fetchToken() {
	const response = await fetch(h.emulator.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: h.emulator.clientId,
			client_secret: h.emulator.clientSecret,
			audience: h.emulator.audience,
			grant_type: 'client_credentials',
		}),
	});
	return {
		status: response.status,
		token: ((await response.json()) as { access_token: string }).access_token,
	};
}

/** GET /v1/apps/3001: status, the rate-limit headers and the first error message. */
async function getApp(token: string) {
	const response = await fetch(`${h.emulator.url}/v1/apps/3001?accountId=${h.emulator.accountId}`, {
		headers: { authorization: `Bearer ${token}` },
	});
	const body = (await response.json()) as { errors: Array<{ message: string }> | null };
	return {
		status: response.status,
		retryAfter: response.headers.get('retry-after'),
		exceeded: response.headers.get('x-mp-rate-limit-exceeded'),
		percentageUsed: response.headers.get('x-mp-rate-limit-percentage-used'),
		error: body.errors?.[0]?.message,
	};
}

describe('the emulator’s rate limit', () => {
	it('admits a burst, refuses beyond it with Retry-After, and admits again once a token is back', async () => {
		const clock = manualClock();
		h.emulator.rateLimit({ perSecond: 2, burst: 3, now: clock.now });
		const { token } = await fetchToken();

		const burst = [await getApp(token), await getApp(token), await getApp(token)];
		expect(burst).toEqual(
			['33', '67', '100'].map((percentageUsed) => ({
				status: 200,
				retryAfter: null,
				exceeded: null,
				percentageUsed,
				error: undefined,
			})),
		);
		expect(await getApp(token)).toEqual({
			status: 429,
			retryAfter: '1',
			exceeded: 'account',
			percentageUsed: null,
			error: 'Too many requests.',
		});

		clock.ms += 500; // one token back at 2 per second
		expect(await getApp(token)).toMatchObject({ status: 200, percentageUsed: '100' });
		expect(await getApp(token)).toMatchObject({ status: 429, retryAfter: '1' });

		// The token request is not limited unless asked.
		expect(h.emulator.rateLimitCounts()).toEqual({ admitted: 4, refused: 2 });
		expect(h.emulator.apiRequests()).toHaveLength(6);
		expect(h.emulator.tokenRequests()).toHaveLength(1);
	});

	it('gives Retry-After as the whole seconds until the next token, at least 1', async () => {
		const clock = manualClock();
		h.emulator.rateLimit({ perSecond: 0.4, burst: 1, now: clock.now });
		const { token } = await fetchToken();

		expect(await getApp(token)).toMatchObject({ status: 200 });
		expect(await getApp(token)).toMatchObject({ status: 429, retryAfter: '3' }); // 2.5 s rounded up
		clock.ms += 2000;
		expect(await getApp(token)).toMatchObject({ status: 429, retryAfter: '1' }); // 0.5 s rounded up
		clock.ms += 500;
		expect(await getApp(token)).toMatchObject({ status: 200 });
		expect(h.emulator.rateLimitCounts()).toEqual({ admitted: 2, refused: 2 });
	});

	it('limits token requests too when asked', async () => {
		h.emulator.rateLimit({ perSecond: 1, burst: 1, tokenRequests: true, now: manualClock().now });
		const { status, token } = await fetchToken();
		expect(status).toBe(200);
		expect(await getApp(token)).toMatchObject({ status: 429, exceeded: 'account' });
		expect(h.emulator.rateLimitCounts()).toEqual({ admitted: 1, refused: 1 });
	});

	it('reset() starts the counts again and fills the bucket', async () => {
		const clock = manualClock();
		h.emulator.rateLimit({ perSecond: 1, burst: 1, now: clock.now });
		const { token } = await fetchToken();
		await getApp(token);
		expect(await getApp(token)).toMatchObject({ status: 429 });

		h.emulator.reset();
		expect(h.emulator.rateLimitCounts()).toEqual({ admitted: 0, refused: 0 });
		expect(await getApp(token)).toMatchObject({ status: 200, percentageUsed: '100' });
	});

	it('a node’s items beyond the burst are refused, then admitted after Retry-After', async () => {
		h.emulator.rateLimit({ perSecond: 1, burst: 1 });

		const run = await h.engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'app', operation: 'get', appId: '3001' },
			items: [{ json: {} }, { json: {} }, { json: {} }],
		});

		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.id)).toEqual([3001, 3001, 3001]);
		const counts = h.emulator.rateLimitCounts();
		expect(counts.admitted).toBe(3);
		expect(counts.refused).toBeGreaterThanOrEqual(1);
		expect(h.emulator.apiRequests()).toHaveLength(counts.admitted + counts.refused);
	});
});

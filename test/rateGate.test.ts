import { sustainedRate } from '../nodes/shared/request/rateGate';
import { useFreshEngines } from './fixtures';

/**
 * Bulk runs against a rate-limited account (the emulator's token bucket) through n8n's engine: the
 * credential's rate gate makes every item succeed, with few requests refused, each create applied once.
 */
const files = useFreshEngines();
afterEach(() => files.emulator.rateLimit(false));

const items = (count: number, prefix: string) =>
	Array.from({ length: count }, (_, index) => ({ json: { name: `${prefix} ${index}` } }));

describe('a bulk run against a rate-limited account', () => {
	it('300 App Gets: every item succeeds and few requests are refused', async () => {
		const engine = await files.freshEngine();
		files.emulator.rateLimit({ perSecond: 100, burst: 10 });
		const run = await engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'app', operation: 'get', appId: '3001' },
			items: items(300, 'get'),
			continueOnFail: true,
		});
		expect(run.items.filter((item) => 'error' in item)).toEqual([]);
		expect(run.items.every((item) => item.id === 3001)).toBe(true);
		const { admitted, refused } = files.emulator.rateLimitCounts();
		expect(admitted).toBe(300);
		expect((admitted + refused) / 300).toBeLessThanOrEqual(1.1);
	}, 120_000);

	it('120 App Creates: every one applied exactly once, none failed', async () => {
		const engine = await files.freshEngine();
		files.emulator.store.appLimit = files.emulator.store.apps.length + 120;
		files.emulator.rateLimit({ perSecond: 60, burst: 10 });
		const names = items(120, 'Rate-limited app');
		const run = await engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'app', operation: 'create', name: '={{ $json.name }}', platforms: ['iOS'] },
			items: names,
			continueOnFail: true,
		});
		expect(run.items.filter((item) => 'error' in item)).toEqual([]);
		const stored = files.emulator.store.apps
			.map((app) => app.name)
			.filter((name) => name.startsWith('Rate-limited app'));
		expect(stored.sort()).toEqual(names.map((item) => item.json.name).sort());
		const { admitted, refused } = files.emulator.rateLimitCounts();
		expect((admitted + refused) / 120).toBeLessThanOrEqual(1.1);
	}, 120_000);
});

describe('the rate mParticle sustained, learned from what it let through', () => {
	const at = (...seconds: number[]) => seconds.map((second) => second * 1000);

	it('is the least token-bucket rate that admits every request sent', () => {
		// A burst of 2, then one request every 0.1 s: the bucket refills 10 a second.
		expect(sustainedRate(at(0, 0, 0.1, 0.2, 0.3, 0.4), 2)).toBeCloseTo(10);
		// Sent in any order of arrival: the send times are what count.
		expect(sustainedRate(at(0.4, 0, 0.2, 0, 0.3, 0.1), 2)).toBeCloseTo(10);
	});

	it('is 0 when everything sent fits in the burst', () => {
		expect(sustainedRate(at(0, 0.5, 1), 3)).toBe(0);
	});
});

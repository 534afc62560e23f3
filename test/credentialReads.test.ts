import type { INodeParameters } from 'n8n-workflow';
import type { Engine } from '../harness/engine';
import { storeTokenFromElsewhere, useFreshEngines } from './fixtures';

/**
 * n8n loads and decrypts the credential from its database for every read, and encrypts and stores it for
 * every write: the nodes read it once per node run and have n8n store a new token once per refresh. The
 * credential store here counts both (harness/credentials.ts).
 */
const files = useFreshEngines();

const ITEMS = 2000;
/**
 * Credential reads of one node run, whatever its number of items: n8n's routing reads it once before the
 * items (for `$credentials` in the request defaults), and the nodes once for all the items' requests.
 */
const READS_PER_RUN = 2;
const items = (count: number) => Array.from({ length: count }, (_, index) => ({ json: { index } }));

const appGets = (engine: Engine, count: number) =>
	engine.runNode({
		type: 'mParticleApp',
		parameters: { resource: 'app', operation: 'get', appId: { __rl: true, mode: 'id', value: '3001' } },
		items: items(count),
	});

function countsOf(engine: Engine) {
	return { ...engine.credentials.counts };
}

describe('credential reads and token writes per node run', () => {
	it(`${ITEMS} items without a token: the credential read once per run, one token request, the token stored once`, async () => {
		const engine = await files.freshEngine();
		const run = await appGets(engine, ITEMS);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(ITEMS);
		expect(run.items.every((item) => item.id === 3001)).toBe(true);
		expect(countsOf(engine)).toEqual({ getDecrypted: READS_PER_RUN, updateCredentials: 1 });
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		const stored = engine.storedCredential()?.accessToken as string;
		expect(files.emulator.tokens.allTokens()).toContain(stored);
		const requests = files.emulator.apiRequests();
		expect(requests).toHaveLength(ITEMS);
		expect(requests.every((request) => request.headers.authorization === `Bearer ${stored}`)).toBe(true);
		// Each output item is paired with its own input item, as before.
		expect(run.output.map((item) => item.pairedItem)).toEqual(
			Array.from({ length: ITEMS }, (_, index) => ({ item: index })),
		);
	}, 60_000);

	it(`${ITEMS} items with a stored token: the credential read once per run and nothing stored`, async () => {
		const engine = await files.freshEngine();
		await appGets(engine, 1);
		files.emulator.reset();
		const before = countsOf(engine);
		const run = await appGets(engine, ITEMS);
		expect(run.items).toHaveLength(ITEMS);
		expect(countsOf(engine).getDecrypted - before.getDecrypted).toBe(READS_PER_RUN);
		expect(countsOf(engine).updateCredentials - before.updateCredentials).toBe(0);
		expect(files.emulator.tokenRequests()).toHaveLength(0);
	}, 60_000);

	it('each node run reads the credential again, so a change between runs is used', async () => {
		const engine = await files.freshEngine();
		await appGets(engine, 3);
		await appGets(engine, 3);
		expect(countsOf(engine)).toEqual({ getDecrypted: 2 * READS_PER_RUN, updateCredentials: 1 });
	});

	it('an expired token: refreshed once, stored once, and the items that start after it use the new one', async () => {
		const engine = await files.freshEngine();
		const oldToken = await storeTokenFromElsewhere(engine, files.emulator);
		files.emulator.tokens.expireAll();
		files.emulator.reset();
		// The rate gate lets 16 requests of a credential go at first, then one more per response: items
		// beyond the first ones start after the refresh.
		const run = await appGets(engine, 200);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(200);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		const newToken = engine.storedCredential()?.accessToken as string;
		expect(newToken).not.toBe(oldToken);
		const withOld = files.emulator
			.apiRequests()
			.filter((request) => request.headers.authorization === `Bearer ${oldToken}`);
		expect(withOld.length).toBeGreaterThan(0);
		expect(withOld.length).toBeLessThan(100);
		expect(files.emulator.apiRequests()).toHaveLength(200 + withOld.length);
		expect(countsOf(engine).getDecrypted).toBe(READS_PER_RUN);
		// Every request already under way met the expired token; the new one is stored once, not once each.
		expect(withOld.length).toBeGreaterThan(1);
		expect(countsOf(engine).updateCredentials).toBe(1);
	});

	it.each<[string, string, INodeParameters]>([
		['Account → Get with Account ID empty', 'mParticleAccount', { operation: 'get' }],
		[
			'Feed → Update (reads the feed before the PUT)',
			'mParticleFeed',
			{
				resource: 'feed',
				operation: 'update',
				workspaceId: '4302',
				feedId: '6001',
				moduleName: 'Radar',
				name: 'Radar production',
				os: 'Android',
			},
		],
	])('%s: the credential read once per run for 50 items', async (_, type, parameters) => {
		const engine = await files.freshEngine();
		const run = await engine.runNode({ type, parameters, items: items(50) });
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(50);
		expect(countsOf(engine)).toEqual({ getDecrypted: READS_PER_RUN, updateCredentials: 1 });
	});

	it('a wrong secret: every item fails with the clear message, one token request, nothing stored', async () => {
		const engine = await files.freshEngine({ clientSecret: 'not-the-secret' });
		const run = await engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'app', operation: 'get', appId: { __rl: true, mode: 'id', value: '3001' } },
			items: items(20),
			continueOnFail: true,
		});
		expect(run.items).toHaveLength(20);
		expect(run.items.every((item) => String(item.error).includes('rejected the Client ID'))).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(0);
		expect(countsOf(engine)).toEqual({ getDecrypted: READS_PER_RUN, updateCredentials: 0 });
	});
});

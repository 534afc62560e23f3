import type { Engine } from '../harness/engine';
import { startCaptureServer } from '../harness/captureServer';
import { storeTokenFromElsewhere, useFreshEngines } from './fixtures';
import { findLeaks } from './secretScan';

/**
 * The token stays with mParticle and the token service is not hammered: issue 12's attacker and heavy-user
 * cases, through n8n-core's engine, for the nodes and for n8n's HTTP Request node path (customCall.ts).
 */
const files = useFreshEngines();
let capture: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => (capture = await startCaptureServer()));
beforeEach(() => (capture.received.length = 0));
afterAll(async () => await capture.close());

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ json: { index } }));
const appGet = (engine: Engine, count = 1) =>
	engine.runNode({
		type: 'mParticleApp',
		parameters: { resource: 'app', operation: 'get', appId: '3001' },
		items: items(count),
		continueOnFail: true,
	});
const bearers = () => capture.received.filter((request) => request.headers.authorization);

describe('the token goes to the credential’s API host only', () => {
	it('the HTTP Request node path refuses another host before sending anything', async () => {
		const engine = await files.freshEngine();
		const [item] = await engine.runCustomCall({ method: 'GET', uri: `${capture.url}/steal` });
		expect(item.error).toBe(
			`The mParticle API credential only sends its token to ${files.emulator.url}, not to ${capture.url}`,
		);
		expect(capture.received).toHaveLength(0);
	});

	it('the HTTP Request node path still reaches the API host, with the token and the account', async () => {
		const engine = await files.freshEngine();
		const [item] = await engine.runCustomCall({ method: 'GET', uri: `${files.emulator.url}/v1/workspace` });
		expect(item.error).toBeUndefined();
		const [request] = files.emulator.apiRequests();
		expect(request.headers.authorization).toMatch(/^Bearer \w+$/);
		expect(request.query.accountId).toBe(String(files.emulator.accountId));
	});

	it.each([302, 307])(
		'a node does not follow a %s redirect to another host, and the token stays',
		async (status) => {
			const engine = await files.freshEngine();
			files.emulator.fault({ path: '/v1/apps/3001', redirectTo: `${capture.url}/v1/apps/3001`, status });
			const run = await appGet(engine);
			expect(run.items[0].error).toBe('The API redirected the request to another host, so it was stopped');
			expect(String(run.items[0].details)).toContain('Domain not allowed');
			expect(bearers()).toHaveLength(0);
		},
	);

	it('the HTTP Request node path does not carry the token through a redirect to another host', async () => {
		const engine = await files.freshEngine();
		files.emulator.fault({ path: '/v1/workspace', redirectTo: `${capture.url}/v1/workspace` });
		const [item] = await engine.runCustomCall({ method: 'GET', uri: `${files.emulator.url}/v1/workspace` });
		expect(String(item.error)).toContain('Domain not allowed');
		expect(bearers()).toHaveLength(0);
	});

	it('Allowed HTTP Request Domains set on the credential: a blocked request fails with n8n’s reason', async () => {
		const engine = await files.freshEngine({
			allowedHttpRequestDomains: 'domains',
			allowedDomains: 'api.mparticle.com',
		});
		const run = await appGet(engine);
		expect(String(run.items[0].error)).toContain('Domain not allowed');
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('Allowed HTTP Request Domains naming the emulator’s host lets the nodes work', async () => {
		const engine = await files.freshEngine({
			allowedHttpRequestDomains: 'domains',
			allowedDomains: '127.0.0.1',
		});
		const run = await appGet(engine);
		expect(run.items[0].error).toBeUndefined();
		expect(run.items[0].id).toBe(3001);
	});
});

describe('a failing token service is asked a bounded number of times', () => {
	it.each([
		['answers 500', { status: 500 }, 'Could not obtain an mParticle access token (HTTP 500) (asked 3 times)'],
		[
			'answers 429 with Retry-After: 1',
			{ status: 429, retryAfter: 1 },
			'mParticle’s token service is rate limiting token requests (HTTP 429); it asked to wait 1 s (asked 3 times)',
		],
		['drops connections', { reset: true }, 'the connection was dropped (asked 3 times)'],
	])(
		'2,000 items against a token service that %s: at most 3 token requests, one message',
		async (_, fault, message) => {
			const engine = await files.freshEngine();
			files.emulator.fault({ path: '/oauth/token', times: 100_000, ...fault });
			const run = await appGet(engine, 2000);
			expect(files.emulator.tokenRequests().length).toBeLessThanOrEqual(3);
			expect(files.emulator.apiRequests()).toHaveLength(0);
			expect(run.items).toHaveLength(2000);
			expect(new Set(run.items.map((item) => item.error))).toEqual(
				new Set([expect.stringContaining(message)]),
			);
		},
	);

	it('a 429 with a long Retry-After is not waited for: one token request, and the wait is in the message', async () => {
		const engine = await files.freshEngine();
		files.emulator.fault({ path: '/oauth/token', status: 429, retryAfter: 120, times: 10 });
		const run = await appGet(engine, 50);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(String(run.items[0].error)).toContain('it asked to wait 120 s');
	});
});

describe('the HTTP Request node path stays cheap', () => {
	it('2,000 calls answered 404: at most 3 token requests, and no call is repeated', async () => {
		const engine = await files.freshEngine();
		const results = await engine.runCustomCall(
			{ method: 'GET', uri: `${files.emulator.url}/v1/apps/999999` },
			items(2000),
		);
		expect(results.every((result) => result.httpCode === '404')).toBe(true);
		expect(files.emulator.tokenRequests().length).toBeLessThanOrEqual(3);
		expect(files.emulator.apiRequests()).toHaveLength(2000);
	}, 120_000);

	it('a POST answered 500 is sent once', async () => {
		const engine = await files.freshEngine();
		await engine.runCustomCall({ method: 'GET', uri: `${files.emulator.url}/v1/workspace` });
		files.emulator.reset();
		files.emulator.fault({ path: '/v1/accounts', method: 'POST', status: 500 });
		const [item] = await engine.runCustomCall({
			method: 'POST',
			uri: `${files.emulator.url}/v1/accounts`,
			body: { name: 'Sent once' },
		});
		expect(item.httpCode).toBe('500');
		expect(files.emulator.apiRequests()).toHaveLength(1);
		expect(files.emulator.tokenRequests()).toHaveLength(0);
	});

	it('an expired token from elsewhere is still refreshed once and the call repeated', async () => {
		const engine = await files.freshEngine();
		await storeTokenFromElsewhere(engine, files.emulator);
		files.emulator.tokens.expireAll();
		files.emulator.reset();
		const results = await engine.runCustomCall(
			{ method: 'GET', uri: `${files.emulator.url}/v1/workspace` },
			items(20),
		);
		expect(results.every((result) => result.error === undefined)).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
	});
});

describe('no secret or token in any error, whatever the server sends back', () => {
	const leaksIn = (value: unknown, engine: Engine) =>
		findLeaks([...files.emulator.tokens.allTokens(), ...engine.secretsGiven()], [{ label: 'run', value }]);

	it.each([
		['an error envelope', 'envelope', 400],
		['an HTML error page', 'html', 400],
		['a gateway page on a GET it retries', 'html', 502],
	] as const)('a server that echoes the request in %s', async (_, echo, status) => {
		const engine = await files.freshEngine();
		for (const continueOnFail of [false, true]) {
			files.emulator.fault({ path: '/v1/apps/3001', echo, status, times: 4 });
			const run = await engine.runNode({
				type: 'mParticleApp',
				parameters: { resource: 'app', operation: 'get', appId: '3001' },
				continueOnFail,
			});
			const shown = continueOnFail ? run.items[0] : run.error;
			expect(JSON.stringify(shown)).toContain('Bearer [hidden]');
			expect(leaksIn(run, engine)).toEqual([]);
		}
	});

	it('a token service that echoes the request (and so the client secret) in its refusal', async () => {
		const engine = await files.freshEngine();
		files.emulator.fault({ path: '/oauth/token', echo: 'envelope', status: 400 });
		const run = await appGet(engine);
		expect(String(run.items[0].error)).toContain('did not answer as a token service');
		expect(leaksIn(run, engine)).toEqual([]);
	});

	it('a list in the editor gets the same treatment', async () => {
		const engine = await files.freshEngine();
		files.emulator.fault({ path: '/v1/apps', echo: 'envelope', status: 400 });
		const error = await engine
			.searchList('mParticleApp', 'searchApps', { resource: 'app', operation: 'get' })
			.then(
				() => undefined,
				(caught: unknown) => caught,
			);
		expect(JSON.stringify(error)).toContain('Bearer [hidden]');
		expect(leaksIn(error, engine)).toEqual([]);
	});
});

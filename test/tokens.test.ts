import type { ICredentialDataDecryptedObject, NodeApiError } from 'n8n-workflow';
import type { Engine } from '../harness/engine';
import { storeTokenFromElsewhere, useFreshEngines } from './fixtures';

const files = useFreshEngines();
const freshEngine = (overrides: ICredentialDataDecryptedObject = {}) => files.freshEngine(overrides);

const workspaces = (engine: Engine, count = 1) =>
	engine.runNode({
		type: 'mParticleWorkspace',
		parameters: { operation: 'getAll', returnAll: true },
		items: Array.from({ length: count }, (_, index) => ({ json: { index } })),
	});

describe('access tokens', () => {
	it('first use fetches a token with a JSON body, stores it in the credential and sends it as Bearer', async () => {
		const engine = await freshEngine();
		const run = await workspaces(engine);
		expect(run.error).toBeUndefined();
		const [tokenRequest] = files.emulator.tokenRequests();
		expect(tokenRequest.headers['content-type']).toContain('application/json');
		expect(tokenRequest.body).toEqual({
			client_id: engine.storedCredential()?.clientId,
			client_secret: engine.storedCredential()?.clientSecret,
			audience: 'https://api.mparticle.com',
			grant_type: 'client_credentials',
		});
		const stored = engine.storedCredential()?.accessToken as string;
		expect(files.emulator.tokens.allTokens()).toContain(stored);
		expect(files.emulator.apiRequests()[0].headers.authorization).toBe(`Bearer ${stored}`);
	});

	it('the stored token serves the next execution without a token request', async () => {
		const engine = await freshEngine();
		await workspaces(engine);
		files.emulator.reset();
		await workspaces(engine);
		expect(files.emulator.tokenRequests()).toHaveLength(0);
		expect(files.emulator.apiRequests()).toHaveLength(1);
	});

	it('50 concurrent items on an empty token cause exactly one token request', async () => {
		const engine = await freshEngine();
		const run = await workspaces(engine, 50);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(100);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(50);
	});

	it('an expired token is refreshed once and every item is retried and kept', async () => {
		const engine = await freshEngine();
		const oldToken = await storeTokenFromElsewhere(engine, files.emulator);
		files.emulator.tokens.expireAll();
		files.emulator.reset();
		const run = await workspaces(engine, 5);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(10);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(
			files.emulator
				.apiRequests()
				.filter((request) => request.headers.authorization === `Bearer ${oldToken}`),
		).toHaveLength(5);
		expect(engine.storedCredential()?.accessToken).not.toBe(oldToken);
	});

	it('a wrong secret fails once with a clear message, no retry loop and no secret in the error', async () => {
		const engine = await freshEngine({ clientSecret: 'not-the-secret' });
		const run = await workspaces(engine, 10);
		expect(run.error?.message).toBe(
			'mParticle rejected the Client ID or Client Secret (HTTP 401). Check both in the mParticle API credential.',
		);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(0);
		expect(JSON.stringify(run.error)).not.toContain('not-the-secret');
	});

	it('a token endpoint that fails once is asked again, and the run goes on', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/oauth/token', status: 500 });
		const run = await workspaces(engine);
		expect(run.error).toBeUndefined();
		expect(files.emulator.tokenRequests()).toHaveLength(2);
	});

	it('a token endpoint that keeps failing is asked three times and reports its HTTP status', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/oauth/token', status: 500, times: 10 });
		const run = await workspaces(engine);
		expect(run.error?.message).toBe('Could not obtain an mParticle access token (HTTP 500) (asked 3 times)');
		expect(files.emulator.tokenRequests()).toHaveLength(3);
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('a token response without access_token is reported, not used', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/oauth/token', status: 200, json: { token_type: 'Bearer' } });
		const run = await workspaces(engine);
		expect(run.error?.message).toContain('the token response has no access_token');
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it.each([
		['malformed', 'the token response is not JSON'],
		['html', 'the token response is not JSON'],
		['empty', 'the token response is empty'],
	] as const)('a token response with a %s body says so, and nothing is sent', async (body, problem) => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/oauth/token', status: 200, json: null, body });
		const run = await workspaces(engine);
		expect(run.error?.message).toBe(`Could not obtain an mParticle access token (HTTP 200): ${problem}`);
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('a dropped token connection names the token URL, not only n8n’s generic network text', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/oauth/token', reset: true, times: 3 });
		const run = await workspaces(engine);
		expect(run.error?.message).toBe(
			`Could not reach the mParticle token URL ${files.emulator.tokenUrl}: the connection was dropped (asked 3 times)`,
		);
		expect(run.error?.description).toContain('Network error ECONNRESET');
		expect(run.error?.description).toContain('Token URL');
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('a 401 with a token obtained moments ago gets no new token: n8n repeats the call once, then the credential hint', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: '/v1/workspace', status: 401, times: 2 });
		const run = await workspaces(engine);
		expect((run.error as NodeApiError).httpCode).toBe('401');
		expect(run.error?.description).toContain('Check the Client ID, Client Secret and Account ID');
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(2);
	});

	it('a 401 after the refresh of a token from elsewhere fails with the credential hint', async () => {
		const engine = await freshEngine();
		await storeTokenFromElsewhere(engine, files.emulator);
		files.emulator.reset();
		files.emulator.fault({ path: '/v1/workspace', status: 401, times: 2 });
		const run = await workspaces(engine);
		expect((run.error as NodeApiError).httpCode).toBe('401');
		expect(run.error?.description).toContain('Check the Client ID, Client Secret and Account ID');
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(2);
	});
});

describe('credential test', () => {
	it('passes with good credentials', async () => {
		const engine = await freshEngine();
		expect(await engine.testCredential()).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(files.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/accounts',
			query: { accountId: '1001' },
		});
	});

	it('fails with a wrong secret', async () => {
		const engine = await freshEngine({ clientSecret: 'wrong' });
		const result = await engine.testCredential();
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Client Secret');
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('fails with an account the credential cannot see', async () => {
		const engine = await freshEngine({ accountId: '4242' });
		const result = await engine.testCredential();
		expect(result.status).toBe('Error');
	});
});

describe('tokens under load and faults', () => {
	const names = (count: number, prefix: string) =>
		Array.from({ length: count }, (_, index) => ({ json: { name: `${prefix} ${index}` } }));
	const createAccounts = (engine: Engine, items: Array<{ json: { name: string } }>, continueOnFail = false) =>
		engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'create', name: '={{ $json.name }}' },
			items,
			continueOnFail,
		});
	const created = () => files.emulator.store.creates.get('POST /v1/accounts') ?? 0;
	const accountsNamed = (prefix: string) =>
		[...files.emulator.store.accounts.values()].filter((account) => account.name.startsWith(prefix));

	async function until(condition: () => boolean) {
		for (let waited = 0; !condition(); waited += 5) {
			if (waited > 5000) throw new Error('condition not reached in 5 s');
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
	}

	it('a token that expires while items are in flight is refreshed once; every item is kept and applied once', async () => {
		const engine = await freshEngine();
		const oldToken = await storeTokenFromElsewhere(engine, files.emulator);
		files.emulator.reset();
		const before = created();
		// The first 6 creates to arrive are answered late: the token expires while they wait.
		files.emulator.fault({ path: '/v1/accounts', method: 'POST', latencyMs: 800, times: 6 });
		const running = createAccounts(engine, names(12, 'Mid-run'));
		await until(() => files.emulator.apiRequests().length === 12);
		files.emulator.tokens.expireAll();
		const run = await running;

		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual(names(12, 'Mid-run').map((item) => item.json.name));
		expect(run.output.map((item) => item.pairedItem)).toEqual(
			Array.from({ length: 12 }, (_, index) => ({ item: index })),
		);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		const byToken = (token: unknown) =>
			files.emulator.apiRequests().filter((request) => request.headers.authorization === `Bearer ${token}`);
		const newToken = engine.storedCredential()?.accessToken;
		expect(newToken).not.toBe(oldToken);
		expect(byToken(oldToken)).toHaveLength(12);
		expect(byToken(newToken)).toHaveLength(6);
		expect(engine.credentials.preAuthenticationCalls.filter((call) => call.expired)).toHaveLength(6);
		expect(created() - before).toBe(12);
		expect(
			accountsNamed('Mid-run ')
				.map((account) => account.name)
				.sort(),
		).toEqual(
			names(12, 'Mid-run')
				.map((item) => item.json.name)
				.sort(),
		);
	});

	it('30 concurrent creates on an empty token cause one token request and 30 creates', async () => {
		const engine = await freshEngine();
		const before = created();
		const run = await createAccounts(engine, names(30, 'Concurrent'));
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(30);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(30);
		expect(created() - before).toBe(30);
	});

	it('two nodes in one workflow, starting without a token, share one token request', async () => {
		const engine = await freshEngine();
		const run = await engine.runWorkflow(
			[
				{
					type: 'mParticleWorkspace',
					name: 'Workspaces',
					parameters: { operation: 'getAll', returnAll: true },
				},
				{
					type: 'mParticleApp',
					name: 'App',
					parameters: { resource: 'app', operation: 'get', appId: '3001' },
				},
			],
			Array.from({ length: 25 }, (_, index) => ({ json: { index } })),
		);
		const outputOf = (name: string) => run.data.resultData.runData[name]?.[0]?.data?.main?.[0] ?? [];
		expect(run.data.resultData.error).toBeUndefined();
		expect(outputOf('Workspaces')).toHaveLength(50);
		expect(outputOf('App')).toHaveLength(50);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(75);
	});

	it('a wrong secret with 40 items under Continue On Fail: one token request, every item fails alone', async () => {
		const engine = await freshEngine({ clientSecret: 'wrong-secret-40' });
		const run = await createAccounts(engine, names(40, 'Never'), true);
		expect(run.items).toHaveLength(40);
		expect(
			run.items.every((item) => String(item.error).includes('rejected the Client ID or Client Secret')),
		).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('a wrong secret with batching: the refusal is remembered, not asked again per batch', async () => {
		const engine = await freshEngine({ clientSecret: 'wrong-secret-batches' });
		const run = await engine.runNode({
			type: 'mParticleWorkspace',
			parameters: {
				operation: 'getAll',
				requestOptions: { batching: { batch: { batchSize: 4, batchInterval: 15 } } },
			},
			items: Array.from({ length: 24 }, (_, index) => ({ json: { index } })),
			continueOnFail: true,
		});
		expect(run.items).toHaveLength(24);
		expect(run.items.every((item) => 'error' in item)).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('a wrong secret in a two-node workflow under Continue On Fail: one token request', async () => {
		const engine = await freshEngine({ clientSecret: 'wrong-secret-workflow' });
		const run = await engine.runWorkflow(
			[
				{
					type: 'mParticleWorkspace',
					name: 'Workspaces',
					parameters: { operation: 'getAll' },
					continueOnFail: true,
				},
				{
					type: 'mParticleApp',
					name: 'Apps',
					parameters: { resource: 'app', operation: 'getAll' },
					continueOnFail: true,
				},
			],
			Array.from({ length: 10 }, (_, index) => ({ json: { index } })),
		);
		expect(run.data.resultData.runData.Apps?.[0]?.data?.main?.[0]).toHaveLength(10);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(0);
	});

	it('an expired token and a secret revoked meanwhile: one refresh attempt, no loop', async () => {
		const engine = await freshEngine();
		await workspaces(engine);
		files.emulator.tokens.expireAll();
		files.emulator.reset();
		engine.setCredential({ ...engine.storedCredential(), clientSecret: 'revoked-secret' });
		const run = await engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll' },
			items: Array.from({ length: 20 }, (_, index) => ({ json: { index } })),
			continueOnFail: true,
		});
		expect(
			run.items.every((item) => String(item.error).includes('rejected the Client ID or Client Secret')),
		).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests()).toHaveLength(20);
	});

	it('an API that keeps answering 401 to a token obtained moments ago: no new token, each item tried twice', async () => {
		const engine = await freshEngine();
		await workspaces(engine);
		files.emulator.reset();
		files.emulator.fault({ path: '/v1/workspace', status: 401, times: 1000 });
		const run = await engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll' },
			items: Array.from({ length: 10 }, (_, index) => ({ json: { index } })),
			continueOnFail: true,
		});
		expect(run.items).toHaveLength(10);
		expect(run.items.every((item) => 'error' in item)).toBe(true);
		expect(files.emulator.tokenRequests()).toHaveLength(0);
		expect(files.emulator.apiRequests()).toHaveLength(20);
	});
});

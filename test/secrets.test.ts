import './debugLogging';
import { LOG_FILE } from './debugLogFile';
import { existsSync, readFileSync } from 'node:fs';
import { LoggerProxy, type INodeParameters } from 'n8n-workflow';
import type { Engine, NodeRun, NodeSpec } from '../harness/engine';
import { engineWithOwnClient, storeTokenFromElsewhere } from './fixtures';
import { expectNoLeaks, useHarness } from './helpers';
import { findLeaks } from './secretScan';

/*
 * No client secret or access token appears in anything the nodes produce: output items, node errors
 * (message, description, stack, cause, context: every property, enumerable or not), credential test results,
 * and every log line n8n writes while running them (at debug level in this file). n8n's Logger writes its
 * lines to a file (test/debugLogFile.ts), which is read back; the arguments of every call to n8n-workflow's
 * LoggerProxy, which n8n's engine logs through, are kept as they were passed (then handed on to n8n's
 * Logger); and the console and the process's stdout/stderr are watched, in case a logger prints there
 * instead (what they print still reaches the terminal).
 *
 * Every other test file runs the same check on everything its engine produced (test/helpers.ts,
 * useHarness); this file adds the logs and a broad set of scenarios: every node, success and failure,
 * token failures, network failures, Continue On Fail, token refresh, the credential test.
 */

const otherEngines: Engine[] = [];
const logged: Array<{ label: string; value: unknown }> = [];
const restore: Array<() => void> = [];

function capture(label: string) {
	return (...args: unknown[]) => logged.push({ label, value: args });
}

// Before the harness starts n8n (and n8n builds its Logger), so anything bound to the console then is watched too.
beforeAll(() => {
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		const original = console[method].bind(console);
		const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			capture(`console.${method}`)(...args);
			original(...args);
		});
		restore.push(() => spy.mockRestore());
	}
	for (const stream of [process.stdout, process.stderr]) {
		const write = stream.write.bind(stream);
		stream.write = ((chunk: unknown, ...rest: unknown[]) => {
			logged.push({ label: stream === process.stdout ? 'stdout' : 'stderr', value: String(chunk) });
			return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
		}) as typeof stream.write;
		restore.push(() => (stream.write = write));
	}
});
const h = useHarness();
// After the harness has loaded the package: n8n's Logger exists and LoggerProxy hands calls to it.
beforeAll(() => {
	const toLogger = { ...LoggerProxy };
	const level =
		(name: 'error' | 'warn' | 'info' | 'debug'): typeof LoggerProxy.debug =>
		(message, meta) => {
			capture(`log ${name}`)(message, meta);
			toLogger[name](message, meta);
		};
	LoggerProxy.init({
		error: level('error'),
		warn: level('warn'),
		info: level('info'),
		debug: level('debug'),
	} as unknown as Parameters<typeof LoggerProxy.init>[0]);
});
afterAll(() => restore.forEach((undo) => undo()));

/** The lines n8n's Logger wrote to the log file, once it holds `last` (winston writes asynchronously). */
async function logFileLines(last: string): Promise<string[]> {
	const read = () => (existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8') : '');
	for (let waited = 0; !read().includes(last) && waited < 5000; waited += 20) {
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return read().split('\n').filter(Boolean);
}

const run = (spec: NodeSpec) => h.engine.runNode(spec);
const node = (type: string, parameters: INodeParameters, extra: Partial<NodeSpec> = {}) =>
	run({ type, parameters, ...extra });

// Its own API client, so it fetches its own token instead of sharing one from earlier runs.
const engineWith = (overrides: Record<string, string>) =>
	engineWithOwnClient(h.emulator, otherEngines, overrides);

/** For each node: an operation that succeeds and one that mParticle refuses. */
const EVERY_NODE: Array<[string, INodeParameters, INodeParameters]> = [
	['mParticleAccount', { operation: 'getAll', returnAll: true }, { operation: 'get', accountId: '999' }],
	[
		'mParticleApp',
		{ resource: 'app', operation: 'create', name: 'Secret check app', platforms: ['iOS', 'Android'] },
		{ resource: 'app', operation: 'get', appId: '9999' },
	],
	[
		'mParticleAudience',
		{ operation: 'getAll', returnAll: true },
		{ operation: 'delete', audienceId: '99999' },
	],
	[
		'mParticleCalculatedAttribute',
		{ operation: 'getAll', workspaceId: '4302', returnAll: true },
		{ operation: 'get', workspaceId: '4302', calculatedAttributeId: '1' },
	],
	[
		'mParticleDataPoint',
		{ resource: 'dataPoint', operation: 'getAll', appId: '3001', returnAll: true },
		{ resource: 'serviceFiltering', operation: 'get', appId: '3001', serviceName: 'Nope' },
	],
	[
		'mParticleFeed',
		{ resource: 'feed', operation: 'getAll', workspaceId: '4302', returnAll: true },
		{ resource: 'feed', operation: 'get', feedId: '1' },
	],
	[
		'mParticleFieldTransformation',
		{ operation: 'getAll', workspaceId: '4302', returnAll: true },
		{ operation: 'get', workspaceId: '4302', fieldTransformationId: 'nope' },
	],
	['mParticleService', { operation: 'getAll', returnAll: true }, { operation: 'get', serviceName: 'Nope' }],
	['mParticleUser', { operation: 'getAll', returnAll: true }, { operation: 'get', email: 'nobody@acme.com' }],
	[
		'mParticleWorkspace',
		{ operation: 'getAll', returnAll: true },
		{ operation: 'getAll', accountId: '4242' },
	],
];

describe('scenarios', () => {
	it.each(EVERY_NODE)('%s: a success and a refusal', async (type, good, bad) => {
		const ok = await node(type, good);
		expect(ok.error).toBeUndefined();
		const refused = await node(type, bad);
		expect(refused.error).toBeDefined();
		const underContinueOnFail = await node(type, bad, {
			continueOnFail: true,
			items: [{ json: {} }, { json: {} }],
		});
		expect(underContinueOnFail.items.every((item) => 'error' in item)).toBe(true);
	});

	it('Continue On Fail with good items, API failures and bad input', async () => {
		const result = await node(
			'mParticleAccount',
			{ operation: 'get', accountId: '={{ $json.account }}' },
			{
				continueOnFail: true,
				items: [{ json: { account: 1001 } }, { json: { account: 999 } }, { json: { account: 'x' } }],
			},
		);
		expect(result.items).toHaveLength(3);
	});

	it('network failures: dropped connections and timeouts, on reads and creates, with and without Continue On Fail', async () => {
		// Every run happens first, the checks after: a failed check must not stop what the scan looks at.
		const results = [];
		for (const continueOnFail of [false, true]) {
			h.emulator.fault({ path: '/v1/workspace', reset: true });
			results.push(await node('mParticleWorkspace', { operation: 'getAll' }, { continueOnFail }));
			h.emulator.fault({ path: '/v1/accounts', method: 'POST', reset: true });
			results.push(
				await node('mParticleAccount', { operation: 'create', name: 'Dropped' }, { continueOnFail }),
			);
			for (const [type, parameters, path] of [
				['mParticleWorkspace', { operation: 'getAll' }, '/v1/workspace'],
				['mParticleAccount', { operation: 'create', name: `Slow ${String(continueOnFail)}` }, '/v1/accounts'],
			] as const) {
				h.emulator.fault({ path, latencyMs: 300 });
				results.push(
					await node(type, { ...parameters, requestOptions: { timeout: 50 } }, { continueOnFail }),
				);
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
		const failed = (result: NodeRun) => result.error !== undefined || 'error' in (result.items[0] ?? {});
		expect(results.map(failed)).toEqual([false, true, true, true, false, true, true, true]);
	});

	it('broken answers and rate limits', async () => {
		for (const body of ['malformed', 'html', 'empty'] as const) {
			h.emulator.fault({ path: '/v1/workspace', status: 200, json: null, body });
			expect((await node('mParticleWorkspace', { operation: 'getAll' })).error).toBeDefined();
		}
		h.emulator.fault({ path: '/v1/workspace', status: 429, retryAfter: 3600 });
		expect((await node('mParticleWorkspace', { operation: 'getAll' })).error).toBeDefined();
		h.emulator.fault({ path: '/v1/accounts', method: 'POST', status: 503, body: 'html' });
		expect((await node('mParticleAccount', { operation: 'create', name: 'Gateway' })).error).toBeDefined();
	});

	it('a token that expired is refreshed; an API that keeps answering 401 fails after the refresh', async () => {
		await storeTokenFromElsewhere(h.engine, h.emulator);
		h.emulator.tokens.expireAll();
		const refreshed = await node(
			'mParticleWorkspace',
			{ operation: 'getAll' },
			{ items: [{ json: {} }, { json: {} }] },
		);
		const rejected = [];
		for (const continueOnFail of [true, false]) {
			h.emulator.fault({ path: '/v1/workspace', status: 401, times: 2 });
			rejected.push(await node('mParticleWorkspace', { operation: 'getAll' }, { continueOnFail }));
			h.emulator.fault({ path: '/v1/accounts', method: 'POST', status: 401, times: 2 });
			rejected.push(
				await node('mParticleAccount', { operation: 'create', name: 'Unauthorised' }, { continueOnFail }),
			);
		}
		expect(refreshed.error).toBeUndefined();
		for (const result of rejected) {
			const error = result.error ?? (result.items[0]?.error as unknown as Error | undefined);
			expect(String(error)).toBeTruthy();
		}
		expect(rejected[2].error?.description).toContain('Check the Client ID');
	});

	it('token failures: wrong secret, server error, broken and empty answers, dropped connection', async () => {
		const wrong = await engineWith({ clientSecret: 'wrong-secret-that-must-not-leak' });
		const refused = await wrong.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll' } });
		expect(refused.error?.message).toContain('rejected the Client ID or Client Secret');
		for (const fault of [
			{ status: 500, times: 3 },
			{ status: 200, json: null, body: 'malformed' as const },
			{ status: 200, json: null, body: 'html' as const },
			{ status: 200, json: { token_type: 'Bearer' } },
			{ reset: true, times: 3 },
		]) {
			const engine = await engineWith({});
			h.emulator.fault({ path: '/oauth/token', ...fault });
			const failed = await engine.runNode({
				type: 'mParticleAccount',
				parameters: { operation: 'create', name: 'No token' },
				continueOnFail: true,
			});
			expect(failed.items[0]).toHaveProperty('error');
		}
	});

	it('the credential test, passing and failing', async () => {
		expect((await h.engine.testCredential()).status).toBe('OK');
		const wrong = await engineWith({ clientSecret: 'another-wrong-secret' });
		expect((await wrong.testCredential()).status).toBe('Error');
	});

	it('bad input, and a two-node workflow', async () => {
		expect(
			(await node('mParticleApp', { resource: 'app', operation: 'get', appId: 'abc' })).error,
		).toBeDefined();
		const workflow = await h.engine.runWorkflow([
			{ type: 'mParticleWorkspace', name: 'Workspaces', parameters: { operation: 'getAll' } },
			{ type: 'mParticleAccount', name: 'Account', parameters: { operation: 'get', accountId: '999' } },
		]);
		expect(workflow.data.resultData.error).toBeDefined();
	});
});

describe('secrets', () => {
	it('the scan finds a token hidden in an error’s non-enumerable property or cause', () => {
		const token = h.emulator.tokens.allTokens()[0];
		const error = new Error('request failed', {
			cause: { config: { headers: { Authorization: `Bearer ${token}` } } },
		});
		expect(findLeaks([token], [{ label: 'test', value: { error } }])).toHaveLength(1);
		const hidden = new Error('x');
		Object.defineProperty(hidden, 'request', {
			value: `client_secret=${h.emulator.clientSecret}`,
			enumerable: false,
		});
		expect(findLeaks([h.emulator.clientSecret], [{ label: 'test', value: hidden }])).toHaveLength(1);
	});

	it('n8n’s log lines were captured while the scenarios ran', async () => {
		LoggerProxy.debug('capture check');
		const text = JSON.stringify(logged.map((entry) => entry.value));
		expect(text).toContain('capture check');
		expect(text).toContain('Workflow execution finished with error');
		expect(text).toContain('Running node');
		const lines = await logFileLines('capture check');
		const messages = lines.map((line) => (JSON.parse(line) as { message: string }).message);
		// Through LoggerProxy, and written by n8n's Logger itself: the package loader and the ErrorReporter (node errors).
		expect(messages).toEqual(
			expect.arrayContaining([
				'capture check',
				'Workflow execution finished with error',
				'Loaded all credentials and nodes from n8n-nodes-mparticle',
				expect.stringContaining('Account 999 not found.'),
			]),
		);
		logged.push(...lines.map((line, index) => ({ label: `log file, line ${index + 1}`, value: line })));
	});

	it('no client secret or issued token appears in any output, error or log line', () => {
		expect(h.emulator.tokens.allTokens().length).toBeGreaterThanOrEqual(3);
		expect(logged.some((entry) => entry.label.startsWith('log file'))).toBe(true);
		expectNoLeaks(h.emulator, [h.engine, ...otherEngines], logged);
	});
});

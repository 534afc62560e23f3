import type { NodeApiError } from 'n8n-workflow';
import { useHarness } from './helpers';

/** The start of the warning a failed POST carries when mParticle may have applied it. */
const MAY_HAVE_BEEN_APPLIED = 'mParticle may have applied this request before it failed';

const h = useHarness();
const listWorkspaces = () =>
	h.engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll', returnAll: true } });
const createAccount = () =>
	h.engine.runNode({
		type: 'mParticleAccount',
		parameters: { operation: 'create', name: `Retry ${Math.random()}` },
	});
const renameAccount = () =>
	h.engine.runNode({
		type: 'mParticleAccount',
		parameters: { operation: 'update', accountId: '1002', name: 'Acme Staging' },
	});
const calls = (path: string) => h.emulator.apiRequests().filter((request) => request.path === path).length;

describe('rate limits and outages', () => {
	it('a DELETE whose answer was lost is repeated, and finding the object gone counts as done', async () => {
		// An account put straight into the store, so no create is counted.
		const id = '5005';
		const { store } = h.emulator;
		store.accounts.set(5005, { id: 5005, name: 'Gone soon', created_on: '', last_modified_on: '' });
		store.clients.get(h.emulator.clientId)!.accountIds.add(5005);
		h.emulator.fault({ path: '/v1/accounts', method: 'DELETE', resetAfterApplying: true });

		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'delete', accountId: id },
		});

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ success: true, note: expect.stringContaining('already deleted') }]);
		expect(h.emulator.apiRequests().map((request) => request.method)).toEqual(['DELETE', 'DELETE']);
		expect(h.emulator.store.accounts.has(Number(id))).toBe(false);
	});

	it('a DELETE that finds nothing on its first attempt still fails: the ID is wrong', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'delete', accountId: '999' },
		});
		expect(run.error?.message).toBe('Account 999 not found.');
	});

	it('429 with Retry-After waits and retries, then succeeds', async () => {
		h.emulator.fault({ path: '/v1/workspace', status: 429, retryAfter: 1 });
		const started = Date.now();
		const run = await listWorkspaces();
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(2);
		expect(calls('/v1/workspace')).toBe(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	});

	it('429 without Retry-After backs off and retries', async () => {
		h.emulator.fault({ path: '/v1/workspace', status: 429, times: 2 });
		const run = await listWorkspaces();
		expect(run.error).toBeUndefined();
		expect(calls('/v1/workspace')).toBe(3);
	});

	it('429 on a POST is retried too: mParticle did not process it', async () => {
		h.emulator.fault({ path: '/v1/accounts', method: 'POST', status: 429, retryAfter: 0 });
		const run = await createAccount();
		expect(run.error).toBeUndefined();
		expect(calls('/v1/accounts')).toBe(2);
		expect(h.emulator.store.creates.get('POST /v1/accounts')).toBe(1);
	});

	it('a Retry-After longer than the cap fails at once and says how long to wait', async () => {
		h.emulator.fault({ path: '/v1/workspace', status: 429, retryAfter: 3600 });
		const run = await listWorkspaces();
		expect((run.error as NodeApiError).httpCode).toBe('429');
		expect(run.error?.description).toContain('wait 3600 s');
		expect(calls('/v1/workspace')).toBe(1);
	});

	it('gives up after 10 retries of a lasting 429', async () => {
		h.emulator.fault({ path: '/v1/workspace', status: 429, retryAfter: 0, times: 20 });
		const run = await listWorkspaces();
		expect(run.error?.message).toBe('Too many requests.');
		expect(run.error?.description).toContain('rate limiting');
		expect(calls('/v1/workspace')).toBe(11);
	});

	it.each([502, 503, 504])('%i on a GET is retried', async (status) => {
		h.emulator.fault({ path: '/v1/workspace', status, retryAfter: 0 });
		const run = await listWorkspaces();
		expect(run.error).toBeUndefined();
		expect(calls('/v1/workspace')).toBe(2);
	});

	it('503 on a PUT is retried: repeating a rename is harmless', async () => {
		h.emulator.fault({ path: '/v1/accounts/1002', method: 'PUT', status: 503, retryAfter: 0 });
		const run = await renameAccount();
		expect(run.items).toEqual([{ success: true }]);
		expect(calls('/v1/accounts/1002')).toBe(2);
	});

	it.each([502, 503, 504])(
		'%i on a POST is not repeated, and the error says it may have been applied',
		async (status) => {
			h.emulator.fault({ path: '/v1/accounts', method: 'POST', status, retryAfter: 0 });
			const run = await createAccount();
			expect((run.error as NodeApiError).httpCode).toBe(String(status));
			expect(run.error?.description).toContain(MAY_HAVE_BEEN_APPLIED);
			expect(calls('/v1/accounts')).toBe(1);
		},
	);

	it('a POST that mParticle refused (4xx) or that never left (token failure) does not carry that warning', async () => {
		h.emulator.fault({ path: '/v1/accounts', method: 'POST', status: 422 });
		const refused = await createAccount();
		expect(refused.error?.description).not.toContain(MAY_HAVE_BEEN_APPLIED);
		const stored = h.engine.storedCredential()!;
		// A credential of another API client: this one's token would be shared from the earlier runs.
		h.engine.setCredential({ ...stored, ...h.emulator.addClient(), accessToken: '' });
		h.emulator.fault({ path: '/oauth/token', status: 500, times: 3 });
		const unsent = await createAccount();
		expect(unsent.error?.message).toBe(
			'Could not obtain an mParticle access token (HTTP 500) (asked 3 times)',
		);
		expect(unsent.error?.description ?? '').not.toContain(MAY_HAVE_BEEN_APPLIED);
		// That failure is remembered for a while for this client: later tests use the first one again.
		h.engine.setCredential(stored);
	});

	it('500 is not retried', async () => {
		h.emulator.fault({ path: '/v1/workspace', status: 500 });
		const run = await listWorkspaces();
		expect(run.error?.message).toBe('An internal error occurred. Please contact support.');
		expect(calls('/v1/workspace')).toBe(1);
	});

	it('a dropped connection on a GET is retried', async () => {
		h.emulator.fault({ path: '/v1/workspace', reset: true });
		const run = await listWorkspaces();
		expect(run.error).toBeUndefined();
		expect(calls('/v1/workspace')).toBe(2);
	});

	it('a dropped connection on a POST fails clearly and is not repeated', async () => {
		h.emulator.fault({ path: '/v1/accounts', method: 'POST', reset: true });
		const run = await createAccount();
		expect(run.error?.message).toBe('Could not reach mParticle: the connection was dropped');
		expect(run.error?.description).toContain('ECONNRESET');
		expect(run.error?.description).toContain(MAY_HAVE_BEEN_APPLIED);
		expect(calls('/v1/accounts')).toBe(1);
	});

	it('a response slower than the timeout fails with a timeout error', async () => {
		h.emulator.fault({ path: '/v1/workspace', latencyMs: 1500 });
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true, requestOptions: { timeout: 300 } },
		});
		expect(run.error?.message).toBe('mParticle did not answer in time');
		expect(calls('/v1/workspace')).toBe(1);
	});
});

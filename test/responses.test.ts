import type { NodeApiError } from 'n8n-workflow';
import { useHarness } from './helpers';

const h = useHarness();
const getAccounts = (extra: Record<string, unknown> = {}) =>
	h.engine.runNode({
		type: 'mParticleAccount',
		parameters: { operation: 'getAll', returnAll: true, ...extra } as never,
	});
const answer = (status: number, json: unknown) => h.emulator.fault({ path: '/v1/accounts', status, json });
const httpCode = (error: unknown) => (error as NodeApiError).httpCode;

describe('one response handler for every shape mParticle sends', () => {
	it('unpacks the envelope into one item per entity', async () => {
		answer(200, { data: [{ id: 1 }, { id: 2 }], dataType: 'account', errors: null });
		expect((await getAccounts()).items).toEqual([{ id: 1 }, { id: 2 }]);
	});

	it('accepts the feed spelling data_type', async () => {
		answer(200, { data: [{ id: 9 }], data_type: 'Partner Feed', errors: null });
		expect((await getAccounts()).items).toEqual([{ id: 9 }]);
	});

	it('passes a bare array through as items', async () => {
		answer(200, [{ id: 1 }, { id: 2 }, { id: 3 }]);
		expect((await getAccounts()).items).toHaveLength(3);
	});

	it('passes a bare object through as one item', async () => {
		answer(200, { id: 5, name: 'bare' });
		expect((await getAccounts()).items).toEqual([{ id: 5, name: 'bare' }]);
	});

	it('wraps a scalar into an item', async () => {
		answer(201, 42);
		expect((await getAccounts()).items).toEqual([{ value: 42 }]);
	});

	it('turns an empty 202 and an empty 204 into one success item', async () => {
		answer(202, undefined);
		expect((await getAccounts()).items).toEqual([{ success: true }]);
		answer(204, undefined);
		expect((await getAccounts()).items).toEqual([{ success: true }]);
	});

	it('an empty list gives no items and no error', async () => {
		answer(200, { data: [], dataType: 'account', errors: null });
		const run = await getAccounts();
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([]);
	});

	it('a 200 whose errors array is not empty is a failure with mParticle’s message', async () => {
		answer(200, {
			data: null,
			dataType: null,
			errors: [{ code: 'VALIDATION_ERROR', message: 'Soft failure in 200' }],
		});
		const run = await getAccounts();
		expect(run.error?.message).toBe('Soft failure in 200');
		expect(run.error?.description).toContain('VALIDATION_ERROR: Soft failure in 200');
		expect(httpCode(run.error)).toBe('200');
	});

	it('puts every code/message pair in the description', async () => {
		answer(422, {
			data: null,
			errors: [
				{ code: 'VALIDATION_ERROR', message: 'App name already exists.' },
				{ code: 'VALIDATION_ERROR', message: 'Exceeded app limit.' },
			],
		});
		const run = await getAccounts();
		expect(run.error?.message).toBe('App name already exists.');
		expect(run.error?.description).toContain(
			'VALIDATION_ERROR: App name already exists.\nVALIDATION_ERROR: Exceeded app limit.',
		);
		expect(run.error?.description).toContain('business rule');
	});

	it.each([
		[400, 'JSON syntax invalid', 'could not read the request'],
		[403, 'Identity not authorized', 'Admin permission'],
		[404, 'Workspace 404 was not found', 'Check the ID'],
		[405, 'Method not allowed', 'does not allow this method'],
		[422, 'Account name is not unique.', 'business rule'],
		[500, 'Internal error. Contact support.', 'contact mParticle support'],
	])('HTTP %i keeps mParticle’s message, the status and a hint', async (status, message, hint) => {
		answer(status, { data: null, errors: [{ code: 'SOME_CODE', message }] });
		const run = await getAccounts();
		expect(run.error?.message).toBe(message);
		expect(run.error?.description).toContain(`SOME_CODE: ${message}`);
		expect(run.error?.description).toContain(hint);
		expect(httpCode(run.error)).toBe(String(status));
	});

	it('an error without an mParticle body still says what happened', async () => {
		h.emulator.fault({ path: '/v1/accounts', status: 500, body: 'empty' });
		const run = await getAccounts();
		expect(run.error?.message).toBe('mParticle is unavailable (HTTP 500)');
	});

	it('an HTML error page becomes a readable error', async () => {
		h.emulator.fault({ path: '/v1/accounts', status: 500, body: 'html' });
		const run = await getAccounts();
		expect(run.error?.message).toBe('mParticle is unavailable (HTTP 500)');
		expect(run.error?.description).toContain('Response was not JSON: 500 Bad Gateway');
	});

	it('malformed JSON in a 200 is an error, not an item', async () => {
		h.emulator.fault({ path: '/v1/accounts', status: 200, json: null, body: 'malformed' });
		const run = await getAccounts();
		expect(run.error?.message).toBe('mParticle sent a response that is not valid JSON (HTTP 200)');
	});

	it('an empty 200 where data was expected is an error', async () => {
		h.emulator.fault({ path: '/v1/accounts', status: 200, json: undefined });
		const run = await getAccounts();
		expect(run.error?.message).toBe('mParticle sent an empty response where data was expected (HTTP 200)');
	});

	it('Continue On Fail: the failing item gets its error, the others still run', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'get', accountId: '={{ $json.account }}' },
			items: [{ json: { account: 1001 } }, { json: { account: 999 } }, { json: { account: 1002 } }],
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ id: 1001 }),
			{
				error: 'Account 999 not found.',
				details: expect.stringContaining('Check the ID: it is wrong, or it belongs to another account'),
			},
			expect.objectContaining({ id: 1002 }),
		]);
		expect(run.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('without Continue On Fail the node fails and names the item', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'get', accountId: '={{ $json.account }}' },
			items: [{ json: { account: 1001 } }, { json: { account: 999 } }],
		});
		expect(run.error?.message).toBe('Account 999 not found.');
		expect((run.error as NodeApiError).context.itemIndex).toBe(1);
	});
});

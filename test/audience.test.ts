import { useHarness } from './helpers';

const h = useHarness();
const audience = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleAudience', parameters: parameters as never });
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

describe('mParticle Audience', () => {
	it('Get Many (Account) lists the active audiences of the account from the bare array mParticle documents', async () => {
		const run = await audience({ operation: 'getAll', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => [item.id, item.name])).toEqual([
			[7001, 'Cart Abandoners'],
			[7002, 'High Value Customers'],
			[7003, 'TV Watchers'],
		]);
		expect(run.items[1]).toMatchObject({
			external_name: 'high_value_customers',
			status: 'active',
			data_type: 'audience',
			workspaces: [
				{ id: 4302, name: 'Web and Mobile', data_type: 'workspace' },
				{ id: 4303, name: 'Connected TV', data_type: 'workspace' },
			],
			connected_outputs: [
				expect.objectContaining({ provider_name: 'Amplitude', data_type: 'audience_output' }),
			],
		});
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/audiences', query: { accountId: '1001' } }),
		]);
	});

	it('Get Many also reads the envelope shape one client reports', async () => {
		h.emulator.fault({
			path: '/v1/audiences',
			status: 200,
			json: {
				data: [
					{ id: 1, name: 'A' },
					{ id: 2, name: 'B' },
				],
				dataType: 'audience',
				errors: null,
			},
		});
		const run = await audience({ operation: 'getAll', scope: 'account', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
		]);
	});

	it('Get Many stops at Limit', async () => {
		const run = await audience({ operation: 'getAll', returnAll: false, limit: 2 });
		expect(run.items.map((item) => item.id)).toEqual([7001, 7002]);
	});

	it('Get Many (Workspace) lists the single-workspace audiences of that workspace', async () => {
		const run = await audience({
			operation: 'getAll',
			scope: 'workspace',
			workspaceId: '4302',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual(['Cart Abandoners']);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/v1/workspace/4302/audiences',
				query: { accountId: '1001' },
			}),
		]);
	});

	it('Get Many (Workspace) reads the envelope shape too', async () => {
		h.emulator.fault({
			path: '/v1/workspace/4303/audiences',
			status: 200,
			json: { data: [{ id: 9, name: 'Wrapped' }], dataType: 'audience', errors: null },
		});
		const run = await audience({
			operation: 'getAll',
			scope: 'workspace',
			workspaceId: '4303',
			returnAll: true,
		});
		expect(run.items).toEqual([{ id: 9, name: 'Wrapped' }]);
	});

	it('Get Many (Workspace) of a workspace outside the account fails with 404', async () => {
		const run = await audience({
			operation: 'getAll',
			scope: 'workspace',
			workspaceId: '4401',
			returnAll: true,
		});
		expect(run.error?.message).toBe('Workspace 4401 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it.each([
		['abc', 'Workspace ID must be a whole number greater than 0, e.g. 1234 (got "abc")'],
		['-1', 'Workspace ID must be a whole number greater than 0, e.g. 1234 (got "-1")'],
		['={{ "" }}', 'Workspace ID is required'],
	])('Get Many (Workspace) refuses Workspace ID %p before any request', async (workspaceId, message) => {
		const run = await audience({ operation: 'getAll', scope: 'workspace', workspaceId, returnAll: true });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Delete sends DELETE /v1/audiences/{audienceId} and outputs a success item', async () => {
		const run = await audience({ operation: 'delete', audienceId: '7003' });
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'DELETE', path: '/v1/audiences/7003', query: { accountId: '1001' } }),
		]);
		expect(h.emulator.store.audiences.some((a) => a.id === 7003)).toBe(false);
	});

	it('Delete of an audience outside the account fails with 404', async () => {
		const run = await audience({ operation: 'delete', audienceId: '7101' });
		expect(run.error?.message).toBe('Audience 7101 not found.');
		expect(httpCode(run.error)).toBe('404');
		expect(h.emulator.store.audiences.some((a) => a.id === 7101)).toBe(true);
	});

	it('Delete refuses a non-numeric Audience ID before any request', async () => {
		const run = await audience({ operation: 'delete', audienceId: 'cart-abandoners' });
		expect(run.error?.message).toBe(
			'Audience ID must be a whole number greater than 0, e.g. 1234 (got "cart-abandoners")',
		);
		expect(h.emulator.log).toHaveLength(0);
	});
});

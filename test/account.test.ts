import { useHarness } from './helpers';

const h = useHarness();
const account = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleAccount', parameters: parameters as never });

describe('mParticle Account', () => {
	it('Get Many returns one item per account and sends GET /v1/accounts?accountId=', async () => {
		const run = await account({ operation: 'getAll', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual(['Acme Production', 'Acme Staging']);
		expect(run.items[0]).toMatchObject({ id: 1001, data_type: 'account' });
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({ method: 'GET', path: '/v1/accounts', query: { accountId: '1001' } });
		expect(request.headers.authorization).toMatch(/^Bearer [0-9a-f]{48}$/);
		expect(request.headers.accept).toBe('application/json');
	});

	it('Get Many stops at Limit', async () => {
		const run = await account({ operation: 'getAll', returnAll: false, limit: 1 });
		expect(run.items.map((item) => item.name)).toEqual(['Acme Production']);
	});

	it('Get returns the credential’s account, or the one named by Account ID', async () => {
		const own = await account({ operation: 'get' });
		expect(own.items).toEqual([expect.objectContaining({ id: 1001, name: 'Acme Production' })]);
		const other = await account({ operation: 'get', accountId: '1002' });
		expect(other.items).toEqual([expect.objectContaining({ id: 1002, name: 'Acme Staging' })]);
		expect(h.emulator.apiRequests().map((r) => [r.method, r.path, r.query.accountId])).toEqual([
			['GET', '/v1/accounts/1001', '1001'],
			['GET', '/v1/accounts/1002', '1002'],
		]);
	});

	it('Create sends the name as JSON and outputs the new account', async () => {
		const run = await account({ operation: 'create', name: '  Acme Labs ' });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([expect.objectContaining({ name: 'Acme Labs', data_type: 'account' })]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({ method: 'POST', path: '/v1/accounts', body: { name: 'Acme Labs' } });
		expect(request.headers['content-type']).toContain('application/json');
		expect(h.emulator.store.creates.get('POST /v1/accounts')).toBe(1);
	});

	it('Update renames the account and outputs a success item for the empty 202', async () => {
		const created = await account({ operation: 'create', name: 'Rename me' });
		const id = String(created.items[0].id);
		h.emulator.reset();
		const run = await account({ operation: 'update', accountId: id, name: 'Renamed' });
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'PUT',
			path: `/v1/accounts/${id}`,
			query: { accountId: id },
			body: { name: 'Renamed' },
		});
		expect(h.emulator.store.accounts.get(Number(id))?.name).toBe('Renamed');
	});

	it('Update to a name in use fails with mParticle’s message', async () => {
		const run = await account({ operation: 'update', accountId: '1002', name: 'Acme Production' });
		expect(run.error?.message).toBe('Account name is not unique.');
		expect(run.error?.description).toContain('VALIDATION_ERROR: Account name is not unique.');
		expect((run.error as { httpCode?: string }).httpCode).toBe('422');
	});

	it('Delete sends DELETE /v1/accounts?accountId= with no id in the path', async () => {
		const created = await account({ operation: 'create', name: 'Short lived' });
		const id = String(created.items[0].id);
		h.emulator.reset();
		const run = await account({ operation: 'delete', accountId: id });
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'DELETE',
			path: '/v1/accounts',
			query: { accountId: id },
		});
		expect(h.emulator.store.accounts.has(Number(id))).toBe(false);
	});

	it('Delete with Account left empty (e.g. an expression that found nothing) deletes nothing', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'delete', accountId: '={{ $json.missing }}' },
		});
		expect(run.error?.message).toBe('Account ID is required');
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('Delete of an account with apps fails with mParticle’s business rule', async () => {
		h.emulator.store.apps.push({
			id: 77,
			account_id: 1002,
			name: 'Blocker',
			platforms: [],
			created_on: '',
			last_modified_on: '',
		});
		try {
			const run = await account({ operation: 'delete', accountId: '1002' });
			expect(run.error?.message).toBe('All applications must be deleted before deleting account.');
			expect(h.emulator.store.accounts.has(1002)).toBe(true);
		} finally {
			h.emulator.store.apps.length = 0;
		}
	});

	it('Get of an account outside the credential fails with 404 and a hint', async () => {
		const run = await account({ operation: 'get', accountId: '999' });
		expect(run.error?.message).toBe('Account 999 not found.');
		expect((run.error as { httpCode?: string }).httpCode).toBe('404');
		expect(run.error?.description).toContain('Check the ID');
	});
});

import { useHarness } from './helpers';

const h = useHarness();

describe('mParticle Workspace', () => {
	it('Get Many lists the workspaces of the credential’s account', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true },
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ id: '4302', name: 'Web and Mobile', data_type: 'workspace' }),
			expect.objectContaining({ id: '4303', name: 'Connected TV', data_type: 'workspace' }),
		]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/workspace', query: { accountId: '1001' } }),
		]);
	});

	it('Account ID on the node overrides the credential', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true, accountId: ' 1002 ' },
		});
		expect(run.items.map((item) => item.name)).toEqual(['Staging']);
		expect(h.emulator.apiRequests()[0].query).toEqual({ accountId: '1002' });
	});

	it('an expression can set Account ID per item', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true, accountId: '={{ $json.account }}' },
			items: [{ json: { account: 1001 } }, { json: { account: 1002 } }],
		});
		expect(run.items.map((item) => item.name).sort()).toEqual(['Connected TV', 'Staging', 'Web and Mobile']);
		expect(
			h.emulator
				.apiRequests()
				.map((request) => request.query.accountId)
				.sort(),
		).toEqual(['1001', '1002']);
	});
});

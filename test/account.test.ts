import { useHarness } from './helpers';

const h = useHarness();

describe('mParticle Account', () => {
	it('gets many accounts, one item per account', async () => {
		const run = await h.engine.runNode({ type: 'mParticleAccount', parameters: { operation: 'getAll', returnAll: true } });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual(['Acme Production', 'Acme Staging']);
		const [request] = h.emulator.apiRequests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v1/accounts');
		expect(request.query).toEqual({ accountId: '1001' });
		expect(request.headers.authorization).toMatch(/^Bearer [0-9a-f]{48}$/);
	});
});

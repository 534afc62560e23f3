import { useHarness } from './helpers';

const h = useHarness();
const service = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleService', parameters: parameters as never });

describe('mParticle Service', () => {
	it('Get Many lists every service with the settings it takes', async () => {
		const run = await service({ operation: 'getAll', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items.map((item) => item.name)).toEqual([
			'GoogleAnalyticsEventForwarder',
			'Indicative',
			'Amplitude',
			'Radar',
		]);
		expect(run.items[1]).toEqual({
			name: 'Indicative',
			settings: [{ name: 'apiKey', description: 'API Key', is_required: true, type: 'String' }],
			data_type: 'service',
		});
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/services', query: { accountId: '1001' } }),
		]);
	});

	it('Get Many stops at Limit', async () => {
		const run = await service({ operation: 'getAll', returnAll: false, limit: 2 });
		expect(run.items).toHaveLength(2);
	});

	it('Get returns one service by name', async () => {
		const run = await service({ operation: 'get', serviceName: ' GoogleAnalyticsEventForwarder ' });
		expect(run.items).toHaveLength(1);
		expect(run.items[0]).toMatchObject({ name: 'GoogleAnalyticsEventForwarder', data_type: 'service' });
		expect((run.items[0].settings as Array<{ name: string }>).map((s) => s.name)).toEqual([
			'apiKey',
			'useCustomerId',
			'customDimensions',
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/services/GoogleAnalyticsEventForwarder',
			query: { accountId: '1001' },
		});
	});

	it('Get URL-encodes the name in the path and fails with 404 for an unknown service', async () => {
		const run = await service({ operation: 'get', serviceName: 'Google Analytics/4' });
		expect(h.emulator.apiRequests()[0].path).toBe('/v1/services/Google%20Analytics%2F4');
		expect(run.error?.message).toBe('Service Google Analytics/4 not found.');
		expect((run.error as { httpCode?: string }).httpCode).toBe('404');
	});

	it('Get with an empty name fails before any request, naming the field', async () => {
		const run = await service({ operation: 'get', serviceName: '={{ "  " }}' });
		expect(run.error?.message).toBe('Service Name is required');
		expect(h.emulator.log).toHaveLength(0);
	});

	it('a non-numeric Account ID fails before any request', async () => {
		const run = await service({ operation: 'getAll', returnAll: true, accountId: 'acme' });
		expect(run.error?.message).toBe(
			'Account ID must be a whole number greater than 0, e.g. 1234 (got "acme")',
		);
		expect(h.emulator.log).toHaveLength(0);
	});
});

import { useHarness } from './helpers';

const h = useHarness();
const feed = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleFeed', parameters: parameters as never });
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

describe('mParticle Feed: feeds', () => {
	it('Get Many unpacks the data_type envelope into one item per feed', async () => {
		const run = await feed({ resource: 'feed', operation: 'getAll', workspaceId: '4302', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ id: '6001', name: 'Radar production', data_type: 'partner_feed' }),
		]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/v1/workspace/4302/partnerfeeds',
				query: { accountId: '1001' },
			}),
		]);
	});

	it('Get outputs one feed with its settings', async () => {
		const run = await feed({ resource: 'feed', operation: 'get', feedId: '6001' });
		expect(run.items).toEqual([
			{
				id: 6001,
				module_name: 'Radar',
				name: 'Radar production',
				os: 'iOS',
				is_debug: false,
				settings: [{ name: 'apiKey', value: null }],
				data_type: 'Partner Feed',
			},
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/partnerfeeds/6001',
			query: { accountId: '1001' },
		});
	});

	it('Get of a feed outside the account fails with 404', async () => {
		const run = await feed({ resource: 'feed', operation: 'get', feedId: '999' });
		expect(run.error?.message).toBe('Feed 999 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Create sends module_name, name, os, is_debug and settings, and outputs the new ID', async () => {
		const run = await feed({
			resource: 'feed',
			operation: 'create',
			workspaceId: '4302',
			moduleName: ' MailChimp ',
			name: 'Newsletter',
			os: 'Unknown',
			isDebug: true,
			settings: {
				setting: [
					{ name: ' apiKey ', value: 'abc' },
					{ name: 'listId', value: '={{ 42 }}' },
				],
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ data_type: 'Partner Feed', id: expect.any(Number), created_on: expect.any(String) },
		]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({
			method: 'POST',
			path: '/v1/workspace/4302/partnerfeeds',
			query: { accountId: '1001' },
		});
		expect(request.body).toEqual({
			module_name: 'MailChimp',
			name: 'Newsletter',
			os: 'Unknown',
			is_debug: true,
			settings: [
				{ name: 'apiKey', value: 'abc' },
				{ name: 'listId', value: '42' },
			],
		});
		expect(h.emulator.store.creates.get('POST /v1/workspace/{workspaceId}/partnerfeeds')).toBe(1);
	});

	it('Create with no settings sends an empty settings list and is_debug false', async () => {
		const run = await feed({
			resource: 'feed',
			operation: 'create',
			workspaceId: '4303',
			moduleName: 'radar',
			name: 'Radar TV',
			os: 'Roku',
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].body).toEqual({
			module_name: 'radar',
			name: 'Radar TV',
			os: 'Roku',
			is_debug: false,
			settings: [],
		});
	});

	it('Update reads the feed, then sends it whole with the changes to the workspace’s feed path', async () => {
		const run = await feed({
			resource: 'feed',
			operation: 'update',
			workspaceId: '4302',
			feedId: '6001',
			moduleName: 'Radar',
			name: 'Radar production (EU)',
			os: 'Android',
			settings: { setting: [{ name: 'apiKey', value: 'new-key' }] },
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([expect.objectContaining({ data_type: 'Partner Feed', id: 6001 })]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/partnerfeeds/6001', query: { accountId: '1001' } }),
			expect.objectContaining({
				method: 'PUT',
				path: '/v1/workspace/4302/partnerfeeds/6001',
				query: { accountId: '1001' },
				body: {
					module_name: 'Radar',
					name: 'Radar production (EU)',
					os: 'Android',
					is_debug: false,
					settings: [{ name: 'apiKey', value: 'new-key' }],
				},
			}),
		]);
		expect(h.emulator.store.feeds.find((entry) => entry.id === 6001)).toMatchObject({
			name: 'Radar production (EU)',
			os: 'Android',
		});
	});
});

describe('mParticle Feed: output configurations and subscriptions', () => {
	it('Output Configuration → Get Many lists the configurations of one output module', async () => {
		const run = await feed({
			resource: 'outputConfiguration',
			operation: 'getAll',
			workspaceId: '4302',
			moduleName: 'Amplitude',
			returnAll: true,
		});
		expect(run.items).toEqual([
			expect.objectContaining({ id: 8001, name: 'Amplitude production', data_type: 'Service Configuration' }),
			expect.objectContaining({ id: 8002, name: 'Amplitude sandbox' }),
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/workspace/4302/Amplitude/serviceconfigurations',
			query: { accountId: '1001' },
		});
	});

	it('Subscription → Get Many lists a feed’s subscriptions under the (inferred) feed ID path', async () => {
		const run = await feed({
			resource: 'subscription',
			operation: 'getAll',
			feedId: '6001',
			returnAll: true,
		});
		expect(run.items).toEqual([
			expect.objectContaining({
				id: 9001,
				service_configuration_id: 8001,
				config_name: 'Amplitude production',
				is_active: true,
			}),
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/partnerfeeds/6001/subscriptions',
			query: { accountId: '1001' },
		});
	});

	it('Subscription → Create sends service_configuration_id as a number, is_active and settings', async () => {
		const run = await feed({
			resource: 'subscription',
			operation: 'create',
			feedId: '6001',
			serviceConfigurationId: ' 8002 ',
			isActive: false,
			settings: { setting: [{ name: 'eventPrefix', value: 'radar_' }] },
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ data_type: 'PartnerFeed Subscription', id: expect.any(Number), created_on: expect.any(String) },
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'POST',
			path: '/v1/partnerfeeds/6001/subscriptions',
			query: { accountId: '1001' },
			body: {
				service_configuration_id: 8002,
				is_active: false,
				settings: [{ name: 'eventPrefix', value: 'radar_' }],
			},
		});
	});

	it('Subscription → Create to a configuration of another workspace fails with the API’s message', async () => {
		const run = await feed({
			resource: 'subscription',
			operation: 'create',
			feedId: '6001',
			serviceConfigurationId: '8003',
		});
		expect(run.error?.message).toBe('Service configuration not found in the feed’s workspace.');
		expect(httpCode(run.error)).toBe('422');
	});
});

describe('mParticle Feed: bad input is refused before any request, naming the field', () => {
	const create = (fields: Record<string, unknown>) =>
		feed({
			resource: 'feed',
			operation: 'create',
			workspaceId: '4302',
			moduleName: 'radar',
			name: 'Refused',
			os: 'iOS',
			...fields,
		});

	it.each<[string, Record<string, unknown>, string]>([
		[
			'an OS outside the list',
			{ os: '={{ "Windows" }}' },
			'OS must be one of iOS, tvOS, Android, MobileWeb, Roku, Alexa, SmartTV, FireTV, Xbox, Unknown (got "Windows")',
		],
		['an empty Module Name', { moduleName: '={{ " " }}' }, 'Module Name is required'],
		['Debug that is not a boolean', { isDebug: '={{ "yes" }}' }, 'Debug must be true or false (got "yes")'],
		[
			'a setting without a name',
			{
				settings: {
					setting: [
						{ name: 'a', value: '1' },
						{ name: ' ', value: '2' },
					],
				},
			},
			'Setting 2: Name is required',
		],
		[
			'a setting given twice',
			{
				settings: {
					setting: [
						{ name: 'a', value: '1' },
						{ name: 'a', value: '2' },
					],
				},
			},
			'Setting 2: Name "a" is given twice',
		],
		[
			'a non-numeric Workspace ID',
			{ workspaceId: 'ws' },
			'Workspace ID must be a whole number greater than 0, e.g. 1234 (got "ws")',
		],
	])('Feed → Create: %s', async (_case, fields, message) => {
		const run = await create(fields);
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each<[string, Record<string, unknown>, string]>([
		[
			'Feed → Get with a non-numeric Feed ID',
			{ resource: 'feed', operation: 'get', feedId: 'radar' },
			'Feed ID must be a whole number greater than 0, e.g. 1234 (got "radar")',
		],
		[
			'Subscription → Create with a non-numeric Service Configuration ID',
			{ resource: 'subscription', operation: 'create', feedId: '6001', serviceConfigurationId: 'amplitude' },
			'Service Configuration ID must be a whole number greater than 0, e.g. 1234 (got "amplitude")',
		],
		[
			'Subscription → Create with Active that is not a boolean',
			{
				resource: 'subscription',
				operation: 'create',
				feedId: '6001',
				serviceConfigurationId: '8001',
				isActive: '={{ 1 }}',
			},
			'Active must be true or false (got "1")',
		],
		[
			'Output Configuration → Get Many without Module Name',
			{ resource: 'outputConfiguration', operation: 'getAll', workspaceId: '4302', moduleName: '={{ "" }}' },
			'Module Name is required',
		],
	])('%s', async (_case, parameters, message) => {
		const run = await feed(parameters);
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});
});

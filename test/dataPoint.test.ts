import { MAX_FILTERS_PER_UPDATE } from '../nodes/MParticleDataPoint/lists/values';
import { useHarness } from './helpers';

const h = useHarness();
const dataPoint = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleDataPoint', parameters: parameters as never });
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

const GA = 'GoogleAnalyticsEventForwarder';

describe('mParticle Data Point: data points', () => {
	it('Get Many lists the app’s data points, with accountId', async () => {
		const run = await dataPoint({
			resource: 'dataPoint',
			operation: 'getAll',
			appId: '3001',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ name: 'Purchase Completed', type: 'Event', event_type: 'transaction' }),
				expect.objectContaining({
					name: 'Purchase Completed',
					attribute_name: 'order_total',
					type: 'EventAttribute',
				}),
			]),
		);
		expect(run.items.every((item) => item.data_type === 'datapoint')).toBe(true);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: '/v1/apps/3001/datapoints',
				query: { accountId: '1001' },
			}),
		]);
	});

	it('Get Many stops at Limit', async () => {
		const run = await dataPoint({ resource: 'dataPoint', operation: 'getAll', appId: '3001', limit: 2 });
		expect(run.items).toHaveLength(2);
	});

	it('Add sends a JSON array built from the list, with all four identity fields', async () => {
		const run = await dataPoint({
			resource: 'dataPoint',
			operation: 'add',
			appId: '3001',
			dataPoints: {
				dataPoint: [
					{ type: 'Event', name: ' Signup ', eventType: 'navigation' },
					{ type: 'EventAttribute', name: 'Signup', attributeName: 'plan', eventType: 'navigation' },
					{ type: 'UserAttribute', name: 'favourite_colour' },
					{
						type: 'CommerceAttribute',
						name: 'Checkout',
						attributeName: 'coupon',
						commerceEventType: 'product_checkout',
					},
				],
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ success: true }]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({
			method: 'PUT',
			path: '/v1/apps/3001/datapoints',
			query: { accountId: '1001' },
		});
		expect(request.rawBody.startsWith('[')).toBe(true);
		expect(request.body).toEqual([
			{ name: 'Signup', attribute_name: null, type: 'Event', event_type: 'navigation' },
			{ name: 'Signup', attribute_name: 'plan', type: 'EventAttribute', event_type: 'navigation' },
			{ name: 'favourite_colour', attribute_name: null, type: 'UserAttribute', event_type: null },
			{
				name: 'Checkout',
				attribute_name: 'coupon',
				type: 'CommerceAttribute',
				event_type: 'product_checkout',
			},
		]);
		expect(h.emulator.store.dataPoints).toEqual(
			expect.arrayContaining([expect.objectContaining({ app_id: 3001, name: 'favourite_colour' })]),
		);
	});

	it('Add from JSON accepts the docs’ lowercase spellings and sends the documented ones', async () => {
		const run = await dataPoint({
			resource: 'dataPoint',
			operation: 'add',
			appId: '3002',
			dataPointsInput: 'json',
			dataPointsJson: JSON.stringify([{ name: 'Pause', type: 'event', event_type: 'Media' }]),
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].body).toEqual([
			{ name: 'Pause', attribute_name: null, type: 'Event', event_type: 'media' },
		]);
	});

	it('an app outside the account fails with 404', async () => {
		const run = await dataPoint({ resource: 'dataPoint', operation: 'getAll', appId: '3999' });
		expect(run.error?.message).toBe('App 3999 not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Account ID on the node overrides the credential (the app then belongs to another account)', async () => {
		const run = await dataPoint({
			resource: 'dataPoint',
			operation: 'getAll',
			appId: '3001',
			accountId: '1002',
		});
		expect(run.error?.message).toBe('App 3001 not found.');
		expect(h.emulator.apiRequests()[0].query).toEqual({ accountId: '1002' });
	});
});

describe('mParticle Data Point: service filtering', () => {
	it('Get outputs whether new data points are sent by default', async () => {
		const run = await dataPoint({
			resource: 'serviceFiltering',
			operation: 'get',
			appId: '3001',
			serviceName: GA,
		});
		expect(run.items).toEqual([{ name: GA, sendNewDataPointsByDefault: true, data_type: 'datapoint' }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: `/v1/apps/3001/${GA}`,
			query: { accountId: '1001' },
		});
	});

	it('Update sends {sendNewDataPointsByDefault} (also from an expression giving text)', async () => {
		const run = await dataPoint({
			resource: 'serviceFiltering',
			operation: 'update',
			appId: '3002',
			serviceName: 'Amplitude',
			sendNewDataPointsByDefault: '={{ "false" }}',
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'PUT',
			path: '/v1/apps/3002/Amplitude',
			query: { accountId: '1001' },
			body: { sendNewDataPointsByDefault: false },
		});
		const after = await dataPoint({
			resource: 'serviceFiltering',
			operation: 'get',
			appId: '3002',
			serviceName: 'Amplitude',
		});
		expect(after.items[0]).toMatchObject({ sendNewDataPointsByDefault: false });
	});

	it('an unknown service fails with mParticle’s message', async () => {
		const run = await dataPoint({
			resource: 'serviceFiltering',
			operation: 'get',
			appId: '3001',
			serviceName: 'Nope',
		});
		expect(run.error?.message).toBe('Specified service not found.');
		expect(httpCode(run.error)).toBe('404');
	});
});

describe('mParticle Data Point: filters', () => {
	it('Get lists every data point with its enabled flag', async () => {
		const run = await dataPoint({ resource: 'filter', operation: 'get', appId: '3001', serviceName: GA });
		expect(run.items).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'EventAttribute', attribute_name: 'order_total', enabled: false }),
				expect.objectContaining({ type: 'Event', name: 'Purchase Completed', enabled: true }),
			]),
		);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: `/v1/apps/3001/${GA}/datapoints`,
			query: { accountId: '1001' },
		});
	});

	it('Update sends a JSON array of filters of every kind and outputs the echoed filters', async () => {
		const run = await dataPoint({
			resource: 'filter',
			operation: 'update',
			appId: '3001',
			serviceName: GA,
			filters: {
				filter: [
					{ type: 'Event', name: 'Purchase Completed', eventType: 'transaction', enabled: false },
					{ type: 'UserIdentity', identityName: 'Email', enabled: false },
					{ type: 'EventType', eventTypeName: 'navigation', enabled: true },
					{ type: 'All_User_Attributes', enabled: true },
					{ type: 'ScreenViewAttribute', name: 'Home', attributeName: 'tab', enabled: true },
				],
			},
		});
		expect(run.error).toBeUndefined();
		const expected = [
			{
				name: 'Purchase Completed',
				attribute_name: null,
				type: 'Event',
				event_type: 'transaction',
				enabled: false,
			},
			{ name: 'Email', attribute_name: null, type: 'UserIdentity', event_type: null, enabled: false },
			{ name: 'navigation', attribute_name: null, type: 'EventType', event_type: null, enabled: true },
			{ name: null, attribute_name: null, type: 'All_User_Attributes', event_type: null, enabled: true },
			{ name: 'Home', attribute_name: 'tab', type: 'ScreenViewAttribute', event_type: null, enabled: true },
		];
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({
			method: 'PUT',
			path: `/v1/apps/3001/${GA}/datapoints`,
			query: { accountId: '1001' },
		});
		expect(request.rawBody.startsWith('[')).toBe(true);
		expect(request.body).toEqual(expected);
		expect(run.items).toEqual(expected.map((filter) => ({ ...filter, data_type: 'datapoint' })));

		const after = await dataPoint({ resource: 'filter', operation: 'get', appId: '3001', serviceName: GA });
		expect(after.items).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'Event', name: 'Purchase Completed', enabled: false }),
			]),
		);
	});

	it(`Update with exactly ${MAX_FILTERS_PER_UPDATE} filters is sent`, async () => {
		const filters = Array.from({ length: MAX_FILTERS_PER_UPDATE }, (_, index) => ({
			name: `attribute_${index}`,
			type: 'UserAttribute',
			enabled: true,
		}));
		const run = await dataPoint({
			resource: 'filter',
			operation: 'update',
			appId: '3002',
			serviceName: GA,
			filtersInput: 'json',
			filtersJson: JSON.stringify(filters),
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].body).toHaveLength(MAX_FILTERS_PER_UPDATE);
	});
});

describe('mParticle Data Point: bad input is refused before any request, naming the field', () => {
	const tooMany = MAX_FILTERS_PER_UPDATE + 1;

	it('more filters than the (unverified) per-update limit, from JSON', async () => {
		const filters = Array.from({ length: tooMany }, (_, index) => ({
			name: `a${index}`,
			type: 'UserAttribute',
			enabled: false,
		}));
		const run = await dataPoint({
			resource: 'filter',
			operation: 'update',
			appId: '3001',
			serviceName: GA,
			filtersInput: 'json',
			filtersJson: JSON.stringify(filters),
		});
		expect(run.error?.message).toBe(
			`Filters (JSON): ${tooMany} filters given, more than the 500 mParticle is said to accept in one update (unverified limit). Split them over several runs.`,
		);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('more filters than the limit, from the list', async () => {
		const filter = Array.from({ length: tooMany }, (_, index) => ({
			type: 'UserAttribute',
			name: `a${index}`,
		}));
		const run = await dataPoint({
			resource: 'filter',
			operation: 'update',
			appId: '3001',
			serviceName: GA,
			filters: { filter },
		});
		expect(run.error?.message).toMatch(/^Filters: 501 filters given, more than the 500/);
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each<[string, Record<string, unknown>, string]>([
		[
			'a data point without Name',
			{ resource: 'dataPoint', operation: 'add', dataPoints: { dataPoint: [{ type: 'Event', name: ' ' }] } },
			'Data Point 1: Name is required',
		],
		[
			'an attribute data point without Attribute Name',
			{
				resource: 'dataPoint',
				operation: 'add',
				dataPoints: {
					dataPoint: [
						{ type: 'Event', name: 'A' },
						{ type: 'EventAttribute', name: 'A' },
					],
				},
			},
			'Data Point 2: Attribute Name is required for EventAttribute',
		],
		[
			'an empty data point list',
			{ resource: 'dataPoint', operation: 'add', dataPoints: {} },
			'Data Points: add at least one data point',
		],
		[
			'an Event without event_type (JSON)',
			{
				resource: 'dataPoint',
				operation: 'add',
				dataPointsInput: 'json',
				dataPointsJson: '[{"name":"A","type":"Event"}]',
			},
			'Data Points (JSON): Data Point 1: event_type is required for Event',
		],
		[
			'an unknown event_type (JSON)',
			{
				resource: 'dataPoint',
				operation: 'add',
				dataPointsInput: 'json',
				dataPointsJson: '[{"name":"A","type":"EventAttribute","attribute_name":"b","event_type":"party"}]',
			},
			'Data Points (JSON): Data Point 1: event_type must be one of location, media, navigation, other, search, social, transaction, unknown, user_content, user_preference (got "party")',
		],
		[
			'a filter-only type on Add (JSON)',
			{
				resource: 'dataPoint',
				operation: 'add',
				dataPointsInput: 'json',
				dataPointsJson: '[{"name":"Email","type":"UserIdentity"}]',
			},
			'Data Points (JSON): Data Point 1: type must be one of Commerce, CommerceAttribute, Event, EventAttribute, Identity, ScreenView, ScreenViewAttribute, UserAttribute (got "UserIdentity")',
		],
		[
			'an event_type on a screen view (JSON)',
			{
				resource: 'dataPoint',
				operation: 'add',
				dataPointsInput: 'json',
				dataPointsJson: '[{"name":"Home","type":"ScreenView","event_type":"navigation"}]',
			},
			'Data Points (JSON): Data Point 1: event_type is only used with Event, EventAttribute, Commerce, CommerceAttribute; leave it empty for ScreenView',
		],
		[
			'a user identity outside the list (JSON)',
			{
				resource: 'filter',
				operation: 'update',
				serviceName: GA,
				filtersInput: 'json',
				filtersJson: '[{"name":"Phone","type":"UserIdentity","enabled":true}]',
			},
			'Filters (JSON): Filter 1: name must be one of CustomerId, Email, Facebook, Google, Microsoft, Other, Twitter, Yahoo for UserIdentity filters (got "Phone")',
		],
		[
			'an event type name outside the list (JSON)',
			{
				resource: 'filter',
				operation: 'update',
				serviceName: GA,
				filtersInput: 'json',
				filtersJson: '[{"name":"page_view","type":"EventType","enabled":true}]',
			},
			expect.stringMatching(
				/^Filters \(JSON\): Filter 1: name must be one of location, .* for EventType filters \(got "page_view"\)$/,
			) as unknown as string,
		],
		[
			'a filter without enabled (JSON)',
			{
				resource: 'filter',
				operation: 'update',
				serviceName: GA,
				filtersInput: 'json',
				filtersJson: '[{"name":"Home","type":"ScreenView"}]',
			},
			'Filters (JSON): Filter 1: enabled must be true or false',
		],
		[
			'a user identity outside the list from an expression',
			{
				resource: 'filter',
				operation: 'update',
				serviceName: GA,
				filters: { filter: [{ type: 'UserIdentity', identityName: '={{ "Phone" }}', enabled: true }] },
			},
			'Filter 1: Identity Name must be one of CustomerId, Email, Facebook, Google, Microsoft, Other, Twitter, Yahoo for UserIdentity filters (got "Phone")',
		],
		[
			'a reserved word as Service Name',
			{ resource: 'filter', operation: 'get', serviceName: 'datapoints' },
			'Service Name "datapoints" is not a service: it is a word mParticle uses for another endpoint. Use the service\'s module name, e.g. GoogleAnalyticsEventForwarder.',
		],
		[
			'an empty Service Name',
			{ resource: 'serviceFiltering', operation: 'get', serviceName: '={{ " " }}' },
			'Service Name is required',
		],
		[
			'a non-numeric App ID',
			{ resource: 'dataPoint', operation: 'getAll', appId: 'shop' },
			'App ID must be a whole number greater than 0, e.g. 1234 (got "shop")',
		],
		[
			'a Send New Data Points by Default that is not a boolean',
			{
				resource: 'serviceFiltering',
				operation: 'update',
				serviceName: GA,
				sendNewDataPointsByDefault: '={{ "maybe" }}',
			},
			'Send New Data Points by Default must be true or false (got "maybe")',
		],
	])('%s', async (_case, parameters, message) => {
		const run = await dataPoint({ appId: '3001', ...parameters });
		expect(run.error?.message).toEqual(message);
		expect(h.emulator.log).toHaveLength(0);
	});
});

import type { INodeParameters } from 'n8n-workflow';
import { EMULATOR_ACCOUNT_ID, EMULATOR_CLIENT_ID, type Feed } from '../emulator/store';
import { useHarness } from './helpers';

/*
 * Every PUT the nodes send, through n8n's engine against the emulator: what reaches mParticle and what the
 * object looks like afterwards. Where mParticle's PUT replaces the whole object and the operation is an
 * update (Feed → Update), the node reads the object first and sends it back with the changes; where the
 * operation replaces on purpose, it is called Replace; the others send only what the user set.
 */

const h = useHarness();
const run = (type: string, parameters: INodeParameters) => h.engine.runNode({ type, parameters });
/** Method, path, query and body of each request that reached the API. */
const wire = () =>
	h.emulator.apiRequests().map(({ method, path, query, body }) => ({ method, path, query, body }));
const SEEDED = '2024-03-01T09:30:00';

function seedFeed(fields: Partial<Feed> = {}): Feed {
	const feed: Feed = {
		id: h.emulator.store.nextId(),
		workspace_id: 4302,
		module_name: 'Stripe',
		name: `Payments ${h.emulator.store.nextId()}`,
		os: 'MobileWeb',
		is_debug: true,
		settings: [
			{ name: 'publishableKey', value: 'pk_live_51Hx' },
			{ name: 'region', value: 'eu' },
		],
		created_on: SEEDED,
		...fields,
	};
	h.emulator.store.feeds.push(feed);
	return feed;
}

const storedFeed = (id: number) => h.emulator.store.feeds.find((feed) => feed.id === id)!;
const feedUpdate = (feed: Feed, changes: INodeParameters) =>
	run('mParticleFeed', {
		resource: 'feed',
		operation: 'update',
		workspaceId: String(feed.workspace_id),
		feedId: String(feed.id),
		...changes,
	});

describe('Feed → Update reads the feed and sends it back with the changes', () => {
	it('Update of one field keeps the rest (settings, publishable key)', async () => {
		const feed = seedFeed();
		const before = { ...feed, settings: [...feed.settings] };
		const result = await feedUpdate(feed, { name: 'Payments (EU)' });

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([expect.objectContaining({ data_type: 'Partner Feed', id: feed.id })]);
		expect(wire()).toEqual([
			{ method: 'GET', path: `/v1/partnerfeeds/${feed.id}`, query: { accountId: '1001' }, body: undefined },
			{
				method: 'PUT',
				path: `/v1/workspace/4302/partnerfeeds/${feed.id}`,
				query: { accountId: '1001' },
				body: {
					module_name: 'Stripe',
					name: 'Payments (EU)',
					os: 'MobileWeb',
					is_debug: true,
					settings: [
						{ name: 'publishableKey', value: 'pk_live_51Hx' },
						{ name: 'region', value: 'eu' },
					],
				},
			},
		]);
		expect(storedFeed(feed.id)).toEqual({ ...before, name: 'Payments (EU)' });
	});

	it('settings given change those settings by name; OS and Debug change when chosen', async () => {
		const feed = seedFeed();
		const result = await feedUpdate(feed, {
			os: 'Android',
			isDebug: false,
			settings: {
				setting: [
					{ name: 'region', value: 'us' },
					{ name: 'webhookId', value: 'wh_1' },
				],
			},
		});

		expect(result.error).toBeUndefined();
		expect(wire()[1].body).toEqual({
			module_name: 'Stripe',
			name: feed.name,
			os: 'Android',
			is_debug: false,
			settings: [
				{ name: 'publishableKey', value: 'pk_live_51Hx' },
				{ name: 'region', value: 'us' },
				{ name: 'webhookId', value: 'wh_1' },
			],
		});
		expect(storedFeed(feed.id)).toMatchObject({
			module_name: 'Stripe',
			os: 'Android',
			is_debug: false,
			settings: [
				{ name: 'publishableKey', value: 'pk_live_51Hx' },
				{ name: 'region', value: 'us' },
				{ name: 'webhookId', value: 'wh_1' },
			],
		});
	});

	it('the emulator replaces the whole feed on PUT, as mParticle does: a body without settings clears them', async () => {
		// What Feed → Update sent before it read the feed first: the settings and the debug flag were lost.
		const feed = seedFeed();
		const token = await fetch(h.emulator.tokenUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				client_id: h.emulator.clientId,
				client_secret: h.emulator.clientSecret,
				audience: h.emulator.audience,
				grant_type: 'client_credentials',
			}),
		}).then((response) => response.json() as Promise<{ access_token: string }>);
		const response = await fetch(
			`${h.emulator.url}/v1/workspace/4302/partnerfeeds/${feed.id}?accountId=1001`,
			{
				method: 'PUT',
				headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
				body: JSON.stringify({ module_name: 'Stripe', name: feed.name, os: 'MobileWeb' }),
			},
		);
		expect(response.status).toBe(200);
		expect(storedFeed(feed.id)).toMatchObject({ name: feed.name, is_debug: false, settings: [] });
	});

	it('a feed in another account is read and written with the node’s Account', async () => {
		const feed = seedFeed({ workspace_id: 4401 });
		const result = await feedUpdate(feed, { accountId: '1002', moduleName: 'StripeConnect' });

		expect(result.error).toBeUndefined();
		expect(wire().map(({ method, path, query }) => [method, path, query.accountId])).toEqual([
			['GET', `/v1/partnerfeeds/${feed.id}`, '1002'],
			['PUT', `/v1/workspace/4401/partnerfeeds/${feed.id}`, '1002'],
		]);
		expect(storedFeed(feed.id)).toMatchObject({ module_name: 'StripeConnect', os: 'MobileWeb' });
	});

	it('a feed that cannot be read is not changed: the read’s 404 is the error and no PUT is sent', async () => {
		const result = await run('mParticleFeed', {
			resource: 'feed',
			operation: 'update',
			workspaceId: '4302',
			feedId: '424242',
			name: 'Never sent',
		});

		expect(result.error?.message).toBe('Feed 424242 not found.');
		expect((result.error as { httpCode?: string }).httpCode).toBe('404');
		expect(result.error?.description).toContain('that read failed, so nothing was changed');
		expect(wire().map(({ method, path }) => `${method} ${path}`)).toEqual(['GET /v1/partnerfeeds/424242']);
	});

	it('the read is retried like any GET: a 503 on it, then the feed is read again and written', async () => {
		const feed = seedFeed();
		h.emulator.fault({ method: 'GET', path: `/v1/partnerfeeds/${feed.id}`, status: 503, retryAfter: 0 });
		const result = await feedUpdate(feed, { name: 'After a 503' });

		expect(result.error).toBeUndefined();
		expect(wire().map(({ method, path }) => `${method} ${path}`)).toEqual([
			`GET /v1/partnerfeeds/${feed.id}`,
			`GET /v1/partnerfeeds/${feed.id}`,
			`PUT /v1/workspace/4302/partnerfeeds/${feed.id}`,
		]);
		expect(storedFeed(feed.id)).toMatchObject({ name: 'After a 503', settings: feed.settings });
	});

	it('under Continue On Fail, a failed read fails its item only; the other item is updated', async () => {
		const feed = seedFeed();
		const result = await h.engine.runNode({
			type: 'mParticleFeed',
			continueOnFail: true,
			items: [{ json: { feed: 424242 } }, { json: { feed: feed.id } }],
			parameters: {
				resource: 'feed',
				operation: 'update',
				workspaceId: '4302',
				feedId: '={{ $json.feed }}',
				name: '={{ "Renamed " + $json.feed }}',
			},
		});

		expect(result.output.map((item) => [item.json.error ?? item.json.id, item.pairedItem])).toEqual([
			['Feed 424242 not found.', { item: 0 }],
			[feed.id, { item: 1 }],
		]);
		expect(storedFeed(feed.id)).toMatchObject({ name: `Renamed ${feed.id}`, settings: feed.settings });
	});

	it('a Feed → Update saved before (every field given, no settings) sends its values and keeps the settings', async () => {
		const feed = seedFeed();
		const result = await feedUpdate(feed, {
			moduleName: 'Radar',
			name: `Radar ${feed.id}`,
			os: 'iOS',
			isDebug: true,
		});

		expect(result.error).toBeUndefined();
		expect(wire()[1].body).toEqual({
			module_name: 'Radar',
			name: `Radar ${feed.id}`,
			os: 'iOS',
			is_debug: true,
			settings: feed.settings,
		});
		expect(storedFeed(feed.id)).toMatchObject({ module_name: 'Radar', os: 'iOS', settings: feed.settings });
	});

	it('nothing to change fails before any request', async () => {
		const feed = seedFeed();
		const result = await feedUpdate(feed, {});

		expect(result.error?.message).toBe(
			'Nothing to update: fill in Module Name or Name, choose an OS or Debug, or add Settings',
		);
		expect(h.emulator.log).toEqual([]);
	});
});

describe('every PUT: what reaches mParticle, and the object afterwards', () => {
	it('Account → Update sends only the name, the one field mParticle lets change', async () => {
		const id = h.emulator.store.nextId();
		h.emulator.store.accounts.set(id, { id, name: 'Before', created_on: SEEDED, last_modified_on: SEEDED });
		h.emulator.store.clients.get(EMULATOR_CLIENT_ID)!.accountIds.add(id);
		const result = await run('mParticleAccount', {
			operation: 'update',
			accountId: String(id),
			name: 'After',
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: `/v1/accounts/${id}`,
				query: { accountId: String(id) },
				body: { name: 'After' },
			},
		]);
		expect(h.emulator.store.accounts.get(id)).toMatchObject({ id, name: 'After', created_on: SEEDED });
	});

	it('App → Update sends only the name; the app keeps its platforms', async () => {
		const id = h.emulator.store.nextId();
		const platform = { application_id: id, os: 'Roku', profile_merging: false, push_attribution_timer: 45 };
		h.emulator.store.apps.push({
			id,
			account_id: EMULATOR_ACCOUNT_ID,
			name: 'Before',
			platforms: [platform],
			created_on: SEEDED,
			last_modified_on: SEEDED,
		});
		const result = await run('mParticleApp', {
			resource: 'app',
			operation: 'update',
			appId: String(id),
			name: 'After',
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{ method: 'PUT', path: `/v1/apps/${id}`, query: { accountId: '1001' }, body: { name: 'After' } },
		]);
		expect(h.emulator.store.apps.find((app) => app.id === id)).toMatchObject({
			name: 'After',
			platforms: [platform],
		});
	});

	it('App → Platform → Update sends only the settings added; the others keep their values', async () => {
		const id = h.emulator.store.nextId();
		h.emulator.store.apps.push({
			id,
			account_id: EMULATOR_ACCOUNT_ID,
			name: `Platform app ${id}`,
			platforms: [
				{
					application_id: id,
					os: 'Roku',
					crash_handling: 'ForceCatch',
					network_performance: 'ForceTrue',
					social_mode: 'AppDefined',
					profile_merging: false,
					push_attribution_timer: 45,
				},
			],
			created_on: SEEDED,
			last_modified_on: SEEDED,
		});
		const result = await run('mParticleApp', {
			resource: 'platform',
			operation: 'update',
			appId: String(id),
			os: 'Roku',
			platformSettings: { socialMode: 'Twitter' },
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: `/v1/apps/${id}/platforms/roku`,
				query: { accountId: '1001' },
				body: { social_mode: 'Twitter' },
			},
		]);
		expect(h.emulator.store.apps.find((app) => app.id === id)?.platforms[0]).toMatchObject({
			crash_handling: 'ForceCatch',
			network_performance: 'ForceTrue',
			social_mode: 'Twitter',
			profile_merging: false,
			push_attribution_timer: 45,
		});
	});

	it('App → Platform Service → Create or Replace replaces the configuration: settings not given are gone', async () => {
		const configs = h.emulator.store.platformServices;
		configs.push({
			app_id: 3002,
			os: 'Roku',
			name: 'GoogleAnalyticsEventForwarder',
			account: 'Default Account',
			isActive: true,
			isVisible: true,
			settings: [
				{ name: 'apiKey', value: 'UA-1-Old' },
				{ name: 'useCustomerId', value: 'True' },
			],
		});
		const result = await run('mParticleApp', {
			resource: 'platformService',
			operation: 'configure',
			appId: '3002',
			os: 'Roku',
			serviceName: 'GoogleAnalyticsEventForwarder',
			serviceSettings: { setting: [{ name: 'apiKey', value: 'UA-2-New' }] },
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/v1/apps/3002/platforms/roku/services',
				query: { accountId: '1001' },
				body: {
					name: 'GoogleAnalyticsEventForwarder',
					isActive: true,
					isVisible: true,
					settings: [{ name: 'apiKey', value: 'UA-2-New' }],
				},
			},
		]);
		expect(configs.filter((config) => config.app_id === 3002 && config.os === 'Roku')).toEqual([
			expect.objectContaining({ isActive: true, settings: [{ name: 'apiKey', value: 'UA-2-New' }] }),
		]);
	});

	it('Calculated Attribute → Update sends only the description; name and draft stay', async () => {
		const attribute = h.emulator.store.calculatedAttributes.find((entry) => entry.id === 7102)!;
		const draft = attribute.draft_definition;
		const result = await run('mParticleCalculatedAttribute', {
			operation: 'update',
			workspaceId: '4302',
			calculatedAttributeId: '7102',
			updateFields: { description: 'Last search, any device' },
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/platform/v2/workspaces/4302/calculatedattributes/7102',
				query: {},
				body: { description: 'Last search, any device' },
			},
		]);
		expect(attribute).toMatchObject({
			name: 'Last search',
			description: 'Last search, any device',
			draft_definition: draft,
		});
	});

	it('Data Point → Add sends only the new data points; the app keeps the others', async () => {
		const before = h.emulator.store.dataPoints.filter((entry) => entry.app_id === 3002).length;
		const result = await run('mParticleDataPoint', {
			resource: 'dataPoint',
			operation: 'add',
			appId: '3002',
			dataPoints: { dataPoint: [{ type: 'ScreenView', name: 'Guide' }] },
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/v1/apps/3002/datapoints',
				query: { accountId: '1001' },
				body: [{ name: 'Guide', attribute_name: null, type: 'ScreenView', event_type: null }],
			},
		]);
		const after = h.emulator.store.dataPoints.filter((entry) => entry.app_id === 3002);
		expect(after).toHaveLength(before + 1);
		expect(after.map((entry) => entry.name)).toEqual(expect.arrayContaining(['Play', 'Guide']));
	});

	it('Data Point → Service Filtering → Update sends its one field; the filters stay', async () => {
		const filterSet = () =>
			h.emulator.store.dataPointFilterSets.find(
				(entry) => entry.app_id === 3001 && entry.service_name === 'GoogleAnalyticsEventForwarder',
			)!;
		const filters = JSON.parse(JSON.stringify(filterSet().filters)) as unknown;
		const result = await run('mParticleDataPoint', {
			resource: 'serviceFiltering',
			operation: 'update',
			appId: '3001',
			serviceName: 'GoogleAnalyticsEventForwarder',
			sendNewDataPointsByDefault: false,
		});

		expect(result.items).toEqual([{ success: true }]);
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/v1/apps/3001/GoogleAnalyticsEventForwarder',
				query: { accountId: '1001' },
				body: { sendNewDataPointsByDefault: false },
			},
		]);
		expect(filterSet()).toMatchObject({ sendNewDataPointsByDefault: false, filters });
	});

	it('Data Point → Filter → Update sends only the filters listed; the others keep their setting', async () => {
		h.emulator.store.dataPointFilterSets.push({
			app_id: 3002,
			service_name: 'Amplitude',
			sendNewDataPointsByDefault: true,
			filters: [
				{ name: 'Play', attribute_name: null, type: 'Event', event_type: 'media', enabled: false },
				{ name: 'Email', attribute_name: null, type: 'UserIdentity', event_type: null, enabled: false },
			],
		});
		const result = await run('mParticleDataPoint', {
			resource: 'filter',
			operation: 'update',
			appId: '3002',
			serviceName: 'Amplitude',
			filters: { filter: [{ type: 'Event', name: 'Play', eventType: 'media', enabled: true }] },
		});

		expect(result.error).toBeUndefined();
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/v1/apps/3002/Amplitude/datapoints',
				query: { accountId: '1001' },
				body: [{ name: 'Play', attribute_name: null, type: 'Event', event_type: 'media', enabled: true }],
			},
		]);
		const filters = h.emulator.store.dataPointFilterSets.find(
			(entry) => entry.app_id === 3002 && entry.service_name === 'Amplitude',
		)!.filters;
		expect(filters.map(({ name, enabled }) => [name, enabled])).toEqual([
			['Play', true],
			['Email', false],
		]);
	});

	it('Feed → Update reads the feed, then sends it whole with the one change', async () => {
		const feed = seedFeed();
		const result = await feedUpdate(feed, { isDebug: false });

		expect(result.error).toBeUndefined();
		expect(wire().map(({ method, body }) => [method, body])).toEqual([
			['GET', undefined],
			[
				'PUT',
				{ module_name: 'Stripe', name: feed.name, os: 'MobileWeb', is_debug: false, settings: feed.settings },
			],
		]);
		expect(storedFeed(feed.id)).toMatchObject({ is_debug: false, os: 'MobileWeb', settings: feed.settings });
	});

	it('Field Transformation → Replace sends the whole object: the name and every mapping', async () => {
		h.emulator.store.fieldTransformations.push({
			workspace_id: 4302,
			id: 'replace-me',
			name: 'Before',
			destination_type: 'event_batch',
			mappings: [
				{ mapping_type: 'column', source: 'sku', destination: 'events[].data.custom_attributes.sku' },
				{ mapping_type: 'ignore', source: 'note' },
			],
			created_on: SEEDED,
			created_by: 'analyst@acme.example',
			last_modified_on: SEEDED,
			last_modified_by: 'analyst@acme.example',
		});
		const result = await run('mParticleFieldTransformation', {
			operation: 'update',
			workspaceId: '4302',
			fieldTransformationId: 'replace-me',
			name: 'After',
			mappings: { mapping: [{ mappingType: 'ignore', source: 'tmp' }] },
		});

		expect(result.error).toBeUndefined();
		expect(wire()).toEqual([
			{
				method: 'PUT',
				path: '/platform/v2/workspaces/4302/transformations/replace-me',
				query: {},
				body: {
					id: 'replace-me',
					name: 'After',
					destination_type: 'event_batch',
					mappings: [{ mapping_type: 'ignore', source: 'tmp' }],
				},
			},
		]);
		expect(h.emulator.store.fieldTransformations.find((entry) => entry.id === 'replace-me')).toMatchObject({
			name: 'After',
			mappings: [{ mapping_type: 'ignore', source: 'tmp' }],
			created_on: SEEDED,
		});
	});
});

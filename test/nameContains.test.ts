import '../harness/environment';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { useHarness } from './helpers';

/**
 * Name Contains on Get Many: mParticle's lists have no search, so the node filters the received list
 * (ignoring case) before Limit. The request stays the plain list request.
 */
const h = useHarness();

const run = (type: string, parameters: INodeParameters, items?: Array<{ json: IDataObject }>) =>
	h.engine.runNode({ type, parameters, items });

interface Case {
	list: string;
	type: string;
	parameters: INodeParameters;
	search: string;
	field: string;
	expected: unknown[];
	path: string;
}

const cases: Case[] = [
	{
		list: 'accounts',
		type: 'mParticleAccount',
		parameters: { operation: 'getAll' },
		search: 'STAGING',
		field: 'name',
		expected: ['Acme Staging'],
		path: '/v1/accounts',
	},
	{
		list: 'apps',
		type: 'mParticleApp',
		parameters: { resource: 'app', operation: 'getAll' },
		search: 'shop',
		field: 'name',
		expected: ['Acme Shop'],
		path: '/v1/apps',
	},
	{
		list: 'audiences (name)',
		type: 'mParticleAudience',
		parameters: { operation: 'getAll' },
		search: 'value',
		field: 'name',
		expected: ['High Value Customers'],
		path: '/v1/audiences',
	},
	{
		list: 'audiences (external name)',
		type: 'mParticleAudience',
		parameters: { operation: 'getAll' },
		search: 'tv_watch',
		field: 'name',
		expected: ['TV Watchers'],
		path: '/v1/audiences',
	},
	{
		list: 'workspaces',
		type: 'mParticleWorkspace',
		parameters: { operation: 'getAll' },
		search: 'tv',
		field: 'name',
		expected: ['Connected TV'],
		path: '/v1/workspace',
	},
	{
		list: 'services',
		type: 'mParticleService',
		parameters: { operation: 'getAll' },
		search: 'google',
		field: 'name',
		expected: ['GoogleAnalyticsEventForwarder'],
		path: '/v1/services',
	},
	{
		list: 'feeds',
		type: 'mParticleFeed',
		parameters: { resource: 'feed', operation: 'getAll', workspaceId: '4302' },
		search: 'RADAR',
		field: 'name',
		expected: ['Radar production'],
		path: '/v1/workspace/4302/partnerfeeds',
	},
	{
		list: 'field transformations (by ID)',
		type: 'mParticleFieldTransformation',
		parameters: { operation: 'getAll', workspaceId: '4302' },
		search: 'orders-to',
		field: 'id',
		expected: ['orders-to-events'],
		path: '/platform/v2/workspaces/4302/transformations',
	},
	{
		list: 'users (e-mail)',
		type: 'mParticleUser',
		parameters: { operation: 'getAll' },
		search: '@MPARTICLE',
		field: 'email',
		expected: ['test@mparticle.com'],
		path: '/v1/users',
	},
	{
		list: 'users (full name)',
		type: 'mParticleUser',
		parameters: { operation: 'getAll' },
		search: 'jane doe',
		field: 'email',
		expected: ['jane.doe@acme.com'],
		path: '/v1/users',
	},
	{
		list: 'data points (attribute name)',
		type: 'mParticleDataPoint',
		parameters: { resource: 'dataPoint', operation: 'getAll', appId: '3001' },
		search: 'order_total',
		field: 'attribute_name',
		expected: ['order_total'],
		path: '/v1/apps/3001/datapoints',
	},
];

describe.each(cases)('Name Contains on $list', ({ type, parameters, search, field, expected, path }) => {
	it('keeps the matches and sends the plain list request (no search parameter)', async () => {
		const result = await run(type, { ...parameters, returnAll: true, nameContains: search });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item[field])).toEqual(expected);
		const [request] = h.emulator.apiRequests();
		expect(request.method).toBe('GET');
		expect(request.path).toBe(path);
		expect(Object.keys(request.query).filter((key) => key !== 'accountId')).toEqual([]);
	});
});

describe('Name Contains and Limit', () => {
	it('Limit counts the matches: the filter runs before it', async () => {
		// The account's users are Test User, then Jane Doe: a limit before the filter would leave nothing.
		const result = await run('mParticleUser', {
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			nameContains: 'acme',
		});
		expect(result.items.map((item) => item.email)).toEqual(['jane.doe@acme.com']);
	});

	it('Limit still cuts a longer list of matches', async () => {
		const result = await run('mParticleAudience', {
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			nameContains: 'E',
		});
		expect(result.items.map((item) => item.name)).toEqual(['Cart Abandoners', 'High Value Customers']);
	});

	it('empty (the default) returns the whole list', async () => {
		const result = await run('mParticleApp', { resource: 'app', operation: 'getAll', returnAll: true });
		expect(result.items).toHaveLength(2);
	});

	it('no match gives no items and no error', async () => {
		const result = await run('mParticleWorkspace', {
			operation: 'getAll',
			returnAll: true,
			nameContains: 'nothing like it',
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	it('an expression is resolved per input item', async () => {
		const result = await run(
			'mParticleApp',
			{ resource: 'app', operation: 'getAll', returnAll: true, nameContains: '={{ $json.search }}' },
			[{ json: { search: 'shop' } }, { json: { search: 'tv' } }],
		);
		expect(result.items.map((item) => item.name)).toEqual(['Acme Shop', 'Acme TV']);
	});

	it('does not hide a failure of the list', async () => {
		h.emulator.fault({
			path: '/v1/apps',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'Account 1001 not found.' }] },
		});
		const result = await run('mParticleApp', {
			resource: 'app',
			operation: 'getAll',
			returnAll: true,
			nameContains: 'shop',
		});
		expect(result.error?.message).toBe('Account 1001 not found.');
	});
});

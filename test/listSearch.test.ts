import '../harness/environment';
import type { INodeParameters, NodeApiError } from 'n8n-workflow';
import { MParticleApi } from '../credentials/MParticleApi.credentials';
import { apiBaseUrl } from '../nodes/shared/credential/settings';
import { credentialFor } from '../harness/engine';
import { storeTokenFromElsewhere } from './fixtures';
import { useHarness } from './helpers';

/**
 * The dropdown lists of the resource locators, called the way n8n's editor calls them: n8n-core's
 * LoadOptionsContext with the node's current parameters and credential, requests through n8n's HTTP
 * client to the emulator.
 */
const h = useHarness();

const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

async function search(nodeType: string, method: string, parameters: INodeParameters, filter?: string) {
	return (await h.engine.searchList(nodeType, method, parameters, filter)).results;
}

/** The lists' requests as [method, path, accountId] (accountId undefined when not sent). */
const wire = () =>
	h.emulator.apiRequests().map((request) => [request.method, request.path, request.query.accountId]);

async function failure(promise: Promise<unknown>): Promise<NodeApiError> {
	try {
		await promise;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('The list did not fail');
}

describe('accounts list (searchAccounts)', () => {
	const parameters = { operation: 'get' };

	it('shows each account the credential can see as "name (ID)" with the ID as value', async () => {
		const results = await search('mParticleAccount', 'searchAccounts', parameters);
		expect(results).toEqual([
			{ name: 'Acme Production (1001)', value: '1001' },
			{ name: 'Acme Staging (1002)', value: '1002' },
		]);
		expect(wire()).toEqual([['GET', '/v1/accounts', '1001']]);
		expect(h.emulator.apiRequests()[0].headers.authorization).toMatch(/^Bearer /);
	});

	it('asks in the credential’s account even when the node’s Account ID is another (or wrong) one', async () => {
		await search('mParticleAccount', 'searchAccounts', { ...parameters, accountId: rl('999', 'id') });
		expect(wire()).toEqual([['GET', '/v1/accounts', '1001']]);
	});

	it('filters by the search text, by name or ID, ignoring case', async () => {
		expect(await search('mParticleAccount', 'searchAccounts', parameters, 'STAG')).toEqual([
			{ name: 'Acme Staging (1002)', value: '1002' },
		]);
		expect(await search('mParticleAccount', 'searchAccounts', parameters, '1001')).toEqual([
			{ name: 'Acme Production (1001)', value: '1001' },
		]);
		expect(await search('mParticleAccount', 'searchAccounts', parameters, 'nothing like it')).toEqual([]);
	});

	it('is on every v1 node (Account ID override)', async () => {
		const results = await search('mParticleWorkspace', 'searchAccounts', { operation: 'getAll' });
		expect(results.map((result) => result.value)).toEqual(['1001', '1002']);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/accounts',
			status: 500,
			json: { errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Accounts are unavailable right now.' }] },
		});
		const error = await failure(search('mParticleAccount', 'searchAccounts', parameters));
		expect(error.message).toBe('Accounts are unavailable right now.');
		expect(error.httpCode).toBe('500');
		expect(error.description).toContain('INTERNAL_SERVER_ERROR: Accounts are unavailable right now.');
	});
});

describe('workspaces list (searchWorkspaces)', () => {
	const audienceScope = { operation: 'getAll', scope: 'workspace' };

	it('shows the workspaces of the credential’s account, sorted by name', async () => {
		const results = await search('mParticleAudience', 'searchWorkspaces', audienceScope);
		expect(results).toEqual([
			{ name: 'Connected TV (4303)', value: '4303' },
			{ name: 'Web and Mobile (4302)', value: '4302' },
		]);
		expect(wire()).toEqual([['GET', '/v1/workspace', '1001']]);
	});

	it('asks in the account chosen in the node’s Account ID', async () => {
		const results = await search('mParticleAudience', 'searchWorkspaces', {
			...audienceScope,
			accountId: rl('1002'),
		});
		expect(results).toEqual([{ name: 'Staging (4401)', value: '4401' }]);
		expect(wire()).toEqual([['GET', '/v1/workspace', '1002']]);
	});

	it('on a v2 node (no Account ID field) asks in the credential’s account', async () => {
		const results = await search('mParticleCalculatedAttribute', 'searchWorkspaces', { operation: 'getAll' });
		expect(results.map((result) => result.value)).toEqual(['4303', '4302']);
		expect(wire()).toEqual([['GET', '/v1/workspace', '1001']]);
	});

	it('filters by the search text', async () => {
		expect(await search('mParticleAudience', 'searchWorkspaces', audienceScope, 'mobile')).toEqual([
			{ name: 'Web and Mobile (4302)', value: '4302' },
		]);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/workspace',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'Account 1001 not found.' }] },
		});
		const error = await failure(search('mParticleAudience', 'searchWorkspaces', audienceScope));
		expect(error.message).toBe('Account 1001 not found.');
		expect(error.httpCode).toBe('404');
	});

	it('refuses an Account ID given as an expression, saying what to do', async () => {
		const error = await failure(
			search('mParticleAudience', 'searchWorkspaces', {
				...audienceScope,
				accountId: rl('={{ $json.account }}', 'id'),
			}),
		);
		expect(error.message).toBe('Account ID is an expression, which is only known when the workflow runs');
		expect(h.emulator.apiRequests()).toEqual([]);
	});
});

describe('apps list (searchApps)', () => {
	const parameters = { resource: 'app', operation: 'get' };

	it('shows the apps of the account as "name (ID)"', async () => {
		const results = await search('mParticleApp', 'searchApps', parameters);
		expect(results).toEqual([
			{ name: 'Acme Shop (3001)', value: '3001' },
			{ name: 'Acme TV (3002)', value: '3002' },
		]);
		expect(wire()).toEqual([['GET', '/v1/apps', '1001']]);
	});

	it('filters by the search text', async () => {
		expect(await search('mParticleApp', 'searchApps', parameters, 'tv')).toEqual([
			{ name: 'Acme TV (3002)', value: '3002' },
		]);
	});

	it('is the App ID list of the Data Point node too', async () => {
		const results = await search('mParticleDataPoint', 'searchApps', {
			resource: 'dataPoint',
			operation: 'getAll',
		});
		expect(results.map((result) => result.value)).toEqual(['3001', '3002']);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/apps',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'No apps for this account.' }] },
		});
		const error = await failure(search('mParticleApp', 'searchApps', parameters));
		expect(error.message).toBe('No apps for this account.');
	});
});

describe('platforms list (searchPlatforms)', () => {
	const parameters = (appId: unknown) =>
		({ resource: 'platform', operation: 'get', appId }) as INodeParameters;

	it('shows the platforms of the chosen app by OS, with the OS as value', async () => {
		const results = await search('mParticleApp', 'searchPlatforms', parameters(rl('3001')));
		expect(results).toEqual([
			{ name: 'Android', value: 'Android' },
			{ name: 'iOS', value: 'iOS' },
		]);
		expect(wire()).toEqual([['GET', '/v1/apps/3001/platforms', '1001']]);
	});

	it('reads the app from any form of App ID: list, ID mode or a plain string', async () => {
		await search('mParticleApp', 'searchPlatforms', parameters(rl('3002', 'id')));
		await search('mParticleApp', 'searchPlatforms', parameters('3002'));
		expect(wire()).toEqual([
			['GET', '/v1/apps/3002/platforms', '1001'],
			['GET', '/v1/apps/3002/platforms', '1001'],
		]);
	});

	it('filters by the search text', async () => {
		expect(await search('mParticleApp', 'searchPlatforms', parameters(rl('3001')), 'AND')).toEqual([
			{ name: 'Android', value: 'Android' },
		]);
	});

	it('asks for the app first when App ID is empty, without a request', async () => {
		const error = await failure(search('mParticleApp', 'searchPlatforms', parameters(rl(''))));
		expect(error.message).toBe('App ID is empty: choose it first');
		expect(error.description).toBe('This list shows the platforms of the chosen app.');
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('refuses an App ID that is not a number, without a request', async () => {
		const error = await failure(search('mParticleApp', 'searchPlatforms', parameters(rl('shop', 'id'))));
		expect(error.message).toBe('App ID must be a whole number greater than 0, e.g. 1234 (got "shop")');
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('fails with mParticle’s message for an app outside the account', async () => {
		const error = await failure(search('mParticleApp', 'searchPlatforms', parameters(rl('9999', 'id'))));
		expect(error.message).toBe('App 9999 not found.');
		expect(error.httpCode).toBe('404');
	});

	it('is offered on Platform Get, Update, Delete and on Platform Service operations', async () => {
		const results = await search('mParticleApp', 'searchPlatforms', {
			resource: 'platformService',
			operation: 'configure',
			appId: rl('3002'),
		});
		expect(results).toEqual([{ name: 'Roku', value: 'Roku' }]);
	});
});

describe('services list (searchServices)', () => {
	const parameters = { operation: 'get' };

	it('shows mParticle’s services by module name, with the name as value', async () => {
		const results = await search('mParticleService', 'searchServices', parameters);
		expect(results).toEqual([
			{ name: 'Amplitude', value: 'Amplitude' },
			{ name: 'GoogleAnalyticsEventForwarder', value: 'GoogleAnalyticsEventForwarder' },
			{ name: 'Indicative', value: 'Indicative' },
			{ name: 'Radar', value: 'Radar' },
		]);
		expect(wire()).toEqual([['GET', '/v1/services', '1001']]);
	});

	it('filters by the search text', async () => {
		expect(await search('mParticleService', 'searchServices', parameters, 'google')).toEqual([
			{ name: 'GoogleAnalyticsEventForwarder', value: 'GoogleAnalyticsEventForwarder' },
		]);
	});

	it('is the Service Name list of the Data Point and App nodes too', async () => {
		const dataPoint = await search('mParticleDataPoint', 'searchServices', {
			resource: 'filter',
			operation: 'get',
		});
		const app = await search('mParticleApp', 'searchServices', {
			resource: 'platformService',
			operation: 'configure',
		});
		expect(dataPoint).toHaveLength(4);
		expect(app).toEqual(dataPoint);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/services',
			status: 500,
			json: { errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Service catalogue failed.' }] },
		});
		const error = await failure(search('mParticleService', 'searchServices', parameters));
		expect(error.message).toBe('Service catalogue failed.');
	});
});

describe('audiences list (searchAudiences)', () => {
	const parameters = { operation: 'delete' };

	it('shows the active audiences of the account (a bare array) as "name (ID)"', async () => {
		const results = await search('mParticleAudience', 'searchAudiences', parameters);
		expect(results).toEqual([
			{ name: 'Cart Abandoners (7001)', value: '7001' },
			{ name: 'High Value Customers (7002)', value: '7002' },
			{ name: 'TV Watchers (7003)', value: '7003' },
		]);
		expect(wire()).toEqual([['GET', '/v1/audiences', '1001']]);
	});

	it('filters by the search text', async () => {
		expect(await search('mParticleAudience', 'searchAudiences', parameters, 'value')).toEqual([
			{ name: 'High Value Customers (7002)', value: '7002' },
		]);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/audiences',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'Audiences are not enabled for this account.' }] },
		});
		const error = await failure(search('mParticleAudience', 'searchAudiences', parameters));
		expect(error.message).toBe('Audiences are not enabled for this account.');
	});
});

describe('output configurations list (searchServiceConfigurations)', () => {
	const subscription = (extra: INodeParameters) => ({
		resource: 'subscription',
		operation: 'create',
		...extra,
	});

	it('shows the configurations of the output module in the chosen workspace, as "name (ID)"', async () => {
		const results = await search(
			'mParticleFeed',
			'searchServiceConfigurations',
			subscription({ workspaceId: rl('4302'), moduleName: 'Amplitude' }),
		);
		expect(results.map((entry) => entry.value)).toEqual(['8001', '8002']);
		expect(results[0].name).toBe('Amplitude production (8001)');
		expect(wire()).toEqual([['GET', '/v1/workspace/4302/Amplitude/serviceconfigurations', '1001']]);
	});

	it('asks for the workspace and the module first, without a request', async () => {
		await expect(
			search('mParticleFeed', 'searchServiceConfigurations', subscription({ moduleName: 'Amplitude' })),
		).rejects.toThrow('Workspace ID is empty: choose it first');
		await expect(
			search('mParticleFeed', 'searchServiceConfigurations', subscription({ workspaceId: rl('4302') })),
		).rejects.toThrow('Output Module Name is empty: fill it in first');
		expect(wire()).toEqual([]);
	});
});

describe('feeds list (searchFeeds)', () => {
	it('with a Workspace ID on the operation, shows that workspace’s feeds', async () => {
		const results = await search('mParticleFeed', 'searchFeeds', {
			resource: 'feed',
			operation: 'update',
			workspaceId: rl('4302'),
		});
		expect(results).toEqual([{ name: 'Radar production (6001)', value: '6001' }]);
		expect(wire()).toEqual([['GET', '/v1/workspace/4302/partnerfeeds', '1001']]);
	});

	it('without one (Get, subscriptions), shows the feeds of every workspace with the workspace’s name', async () => {
		const results = await search('mParticleFeed', 'searchFeeds', { resource: 'feed', operation: 'get' });
		expect(results).toEqual([{ name: 'Radar production (6001) · Web and Mobile', value: '6001' }]);
		expect(wire()).toEqual([
			['GET', '/v1/workspace', '1001'],
			['GET', '/v1/workspace/4302/partnerfeeds', '1001'],
			['GET', '/v1/workspace/4303/partnerfeeds', '1001'],
		]);
	});

	it('filters by the search text', async () => {
		const parameters = { resource: 'subscription', operation: 'getAll' };
		expect(await search('mParticleFeed', 'searchFeeds', parameters, 'radar')).toHaveLength(1);
		expect(await search('mParticleFeed', 'searchFeeds', parameters, 'mailchimp')).toEqual([]);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/workspace/4302/partnerfeeds',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'Workspace 4302 not found.' }] },
		});
		const error = await failure(
			search('mParticleFeed', 'searchFeeds', { resource: 'feed', operation: 'update', workspaceId: '4302' }),
		);
		expect(error.message).toBe('Workspace 4302 not found.');
	});
});

describe('calculated attributes list (searchCalculatedAttributes)', () => {
	const parameters = (workspaceId: unknown) => ({ operation: 'get', workspaceId }) as INodeParameters;

	it('shows the workspace’s calculated attributes as "name (ID)", without accountId (v2)', async () => {
		const results = await search(
			'mParticleCalculatedAttribute',
			'searchCalculatedAttributes',
			parameters(rl('4302')),
		);
		expect(results).toEqual([
			{ name: 'Last search (7102)', value: '7102' },
			{ name: 'Lifetime purchases (7101)', value: '7101' },
		]);
		expect(wire()).toEqual([['GET', '/platform/v2/workspaces/4302/calculatedattributes', undefined]]);
	});

	it('filters by the search text', async () => {
		expect(
			await search('mParticleCalculatedAttribute', 'searchCalculatedAttributes', parameters('4302'), 'LIFE'),
		).toEqual([{ name: 'Lifetime purchases (7101)', value: '7101' }]);
	});

	it('asks for the workspace first', async () => {
		const error = await failure(
			search('mParticleCalculatedAttribute', 'searchCalculatedAttributes', parameters(rl(''))),
		);
		expect(error.message).toBe('Workspace ID is empty: choose it first');
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('fails with mParticle’s message (v2 error shape)', async () => {
		const error = await failure(
			search('mParticleCalculatedAttribute', 'searchCalculatedAttributes', parameters(rl('9999', 'id'))),
		);
		expect(error.message).toBe('Workspace 9999 not found.');
		expect(error.httpCode).toBe('404');
	});
});

describe('field transformations list (searchFieldTransformations)', () => {
	const parameters = { operation: 'get', workspaceId: rl('4302') };

	it('shows the workspace’s field transformations as "name (ID)", with the text ID as value', async () => {
		const results = await search('mParticleFieldTransformation', 'searchFieldTransformations', parameters);
		expect(results).toEqual([
			{ name: 'Warehouse orders as purchase events (orders-to-events)', value: 'orders-to-events' },
		]);
		expect(wire()).toEqual([['GET', '/platform/v2/workspaces/4302/transformations', undefined]]);
	});

	it('filters by the search text', async () => {
		const search_ = (text: string) =>
			search('mParticleFieldTransformation', 'searchFieldTransformations', parameters, text);
		expect(await search_('ORDERS-TO')).toHaveLength(1);
		expect(await search_('customers')).toEqual([]);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/platform/v2/workspaces/4302/transformations',
			status: 500,
			json: { errors: [{ code: 'INTERNAL_SERVER_ERROR', message: 'Transformations are unavailable.' }] },
		});
		const error = await failure(
			search('mParticleFieldTransformation', 'searchFieldTransformations', parameters),
		);
		expect(error.message).toBe('Transformations are unavailable.');
		expect(error.httpCode).toBe('500');
	});
});

describe('users list (searchUsers)', () => {
	const parameters = { operation: 'get' };

	it('shows the account’s dashboard users by name and e-mail, with the e-mail as value', async () => {
		const results = await search('mParticleUser', 'searchUsers', parameters);
		expect(results).toEqual([
			{ name: 'Jane Doe (jane.doe@acme.com)', value: 'jane.doe@acme.com' },
			{ name: 'Test User (test@mparticle.com)', value: 'test@mparticle.com' },
		]);
		expect(wire()).toEqual([['GET', '/v1/users', '1001']]);
	});

	it('filters by name or e-mail', async () => {
		expect(await search('mParticleUser', 'searchUsers', parameters, 'jane')).toHaveLength(1);
		expect(await search('mParticleUser', 'searchUsers', parameters, 'MPARTICLE.COM')).toEqual([
			{ name: 'Test User (test@mparticle.com)', value: 'test@mparticle.com' },
		]);
	});

	it('lists the users of the account chosen in Account ID', async () => {
		const results = await search('mParticleUser', 'searchUsers', { ...parameters, accountId: rl('1002') });
		expect(results.map((result) => result.value)).toEqual(['jane.doe@acme.com', 'ops@acme.com']);
		expect(wire()).toEqual([['GET', '/v1/users', '1002']]);
	});

	it('fails with mParticle’s message', async () => {
		h.emulator.fault({
			path: '/v1/users',
			status: 404,
			json: { errors: [{ code: 'NOT_FOUND', message: 'Users are hidden for this credential.' }] },
		});
		const error = await failure(search('mParticleUser', 'searchUsers', parameters));
		expect(error.message).toBe('Users are hidden for this credential.');
	});
});

describe('list requests share the operations’ transport', () => {
	it('retry a gateway error, as GET operations do', async () => {
		h.emulator.fault({ path: '/v1/apps', status: 503 });
		const results = await search('mParticleApp', 'searchApps', { resource: 'app', operation: 'get' });
		expect(results).toHaveLength(2);
		expect(wire()).toEqual([
			['GET', '/v1/apps', '1001'],
			['GET', '/v1/apps', '1001'],
		]);
	});

	it('refresh an expired token once and carry on', async () => {
		await storeTokenFromElsewhere(h.engine, h.emulator);
		h.emulator.tokens.expireAll();
		h.emulator.reset();
		const results = await search('mParticleApp', 'searchApps', { resource: 'app', operation: 'get' });
		expect(results).toHaveLength(2);
		expect(h.emulator.tokenRequests()).toHaveLength(1);
	});
});

describe('the API base URL of a credential', () => {
	it('is mParticle’s unless Advanced Settings give another one, without trailing slashes', async () => {
		expect(apiBaseUrl({ advancedSettings: false, baseUrl: 'http://127.0.0.1:1' })).toBe(
			'https://api.mparticle.com',
		);
		expect(apiBaseUrl({ advancedSettings: true, baseUrl: 'http://127.0.0.1:8080' })).toBe(
			'http://127.0.0.1:8080',
		);
		expect(apiBaseUrl({ advancedSettings: true, baseUrl: 'https://proxy.example.com/mparticle//' })).toBe(
			'https://proxy.example.com/mparticle',
		);
	});

	it('is where operations are sent: the credential routes requests aimed at mParticle’s default address', async () => {
		const credential = { ...credentialFor(h.emulator), advancedSettings: true };
		const authenticate = (type: string) =>
			new MParticleApi().authenticate(
				{ ...credential, accessToken: 'token-1' },
				{ url: '/v1/apps', baseURL: type },
			);
		expect(await authenticate('https://api.mparticle.com')).toMatchObject({
			baseURL: h.emulator.url,
			headers: { Authorization: 'Bearer token-1' },
		});
		// An HTTP Request node call with its own absolute URL on the API host is left as it is.
		const own = { uri: `${h.emulator.url}/v1/apps` } as never;
		expect((await new MParticleApi().authenticate(credential, own)).baseURL).toBeUndefined();
	});

	it('adds the credential’s account to v1 requests that name none, and to no v2 request', async () => {
		const credential = { ...credentialFor(h.emulator), advancedSettings: false, accessToken: 'token-1' };
		const prepare = (url: string, qs?: Record<string, string>) =>
			new MParticleApi().authenticate(credential, { url, qs, baseURL: 'https://api.mparticle.com' });
		expect((await prepare('/v1/apps')).qs).toEqual({ accountId: '1001' });
		expect((await prepare('https://api.mparticle.com/v1/apps', { x: '1' })).qs).toEqual({
			x: '1',
			accountId: '1001',
		});
		expect((await prepare('/v1/apps', { accountId: '1002' })).qs).toEqual({ accountId: '1002' });
		// An account already in the URL (e.g. typed into the HTTP Request node) is kept, not doubled.
		expect((await prepare('https://api.mparticle.com/v1/apps?accountId=1002')).qs).toBeUndefined();
		const typed = { uri: 'https://api.mparticle.com/v1/apps?x=1&accountId=1002', qs: {} } as never;
		expect((await new MParticleApi().authenticate(credential, typed)).qs).toEqual({});
		expect((await prepare('/platform/v2/workspaces/4302/calculatedattributes')).qs).toBeUndefined();
		// n8n's HTTP Request node passes the older request shape, with `uri`.
		const legacy = { uri: 'https://api.mparticle.com/v1/apps', qs: {} } as never;
		expect((await new MParticleApi().authenticate(credential, legacy)).qs).toEqual({ accountId: '1001' });
		await expect(
			new MParticleApi().authenticate(
				{ ...credential, accountId: 'acme' },
				{ url: '/v1/apps', baseURL: 'https://api.mparticle.com' },
			),
		).rejects.toThrow('Account ID of the mParticle API credential must be a whole number greater than 0');
	});
});

import '../harness/environment';
import type { INodeParameters } from 'n8n-workflow';
import { useHarness } from './helpers';

/**
 * Every listed ID is a resource locator. A workflow may hold it in three forms: chosen from the list
 * ({__rl, mode: 'list'}), typed in ({__rl, mode: 'id'}), or a plain string (workflows saved before the
 * resource locators). All three must reach the same address.
 */
const h = useHarness();

type Form = 'list' | 'id' | 'plain';
const FORMS: Form[] = ['list', 'id', 'plain'];

function given(value: string, form: Form) {
	return form === 'plain' ? value : { __rl: true, mode: form, value };
}

interface Case {
	id: string;
	node: string;
	/** The other parameters; `form` applies to the ID under test and to any other listed ID it needs. */
	parameters: (form: Form) => INodeParameters;
	method: string;
	path: string;
	accountId?: string;
}

const cases: Case[] = [
	{
		id: 'accountId (Account → Get)',
		node: 'mParticleAccount',
		parameters: (form) => ({ operation: 'get', accountId: given('1002', form) }),
		method: 'GET',
		path: '/v1/accounts/1002',
		accountId: '1002',
	},
	{
		id: 'accountId (override on App → Get Many)',
		node: 'mParticleApp',
		parameters: (form) => ({ resource: 'app', operation: 'getAll', accountId: given('1002', form) }),
		method: 'GET',
		path: '/v1/apps',
		accountId: '1002',
	},
	{
		id: 'workspaceId (Feed → Get Many)',
		node: 'mParticleFeed',
		parameters: (form) => ({ resource: 'feed', operation: 'getAll', workspaceId: given('4302', form) }),
		method: 'GET',
		path: '/v1/workspace/4302/partnerfeeds',
		accountId: '1001',
	},
	{
		id: 'appId (App → Get)',
		node: 'mParticleApp',
		parameters: (form) => ({ resource: 'app', operation: 'get', appId: given('3001', form) }),
		method: 'GET',
		path: '/v1/apps/3001',
		accountId: '1001',
	},
	{
		id: 'appId and os (Platform → Get)',
		node: 'mParticleApp',
		parameters: (form) => ({
			resource: 'platform',
			operation: 'get',
			appId: given('3001', form),
			os: given('Android', form),
		}),
		method: 'GET',
		path: '/v1/apps/3001/platforms/android',
		accountId: '1001',
	},
	{
		id: 'serviceName (Service → Get)',
		node: 'mParticleService',
		parameters: (form) => ({ operation: 'get', serviceName: given('Indicative', form) }),
		method: 'GET',
		path: '/v1/services/Indicative',
		accountId: '1001',
	},
	{
		id: 'appId and serviceName (Data Point → Service Filtering → Get)',
		node: 'mParticleDataPoint',
		parameters: (form) => ({
			resource: 'serviceFiltering',
			operation: 'get',
			appId: given('3001', form),
			serviceName: given('GoogleAnalyticsEventForwarder', form),
		}),
		method: 'GET',
		path: '/v1/apps/3001/GoogleAnalyticsEventForwarder',
		accountId: '1001',
	},
	{
		id: 'feedId (Feed → Get)',
		node: 'mParticleFeed',
		parameters: (form) => ({ resource: 'feed', operation: 'get', feedId: given('6001', form) }),
		method: 'GET',
		path: '/v1/partnerfeeds/6001',
		accountId: '1001',
	},
	{
		id: 'workspaceId and calculatedAttributeId (Calculated Attribute → Get)',
		node: 'mParticleCalculatedAttribute',
		parameters: (form) => ({
			operation: 'get',
			workspaceId: given('4302', form),
			calculatedAttributeId: given('7101', form),
		}),
		method: 'GET',
		path: '/platform/v2/workspaces/4302/calculatedattributes/7101',
	},
	{
		id: 'workspaceId and fieldTransformationId (Field Transformation → Get)',
		node: 'mParticleFieldTransformation',
		parameters: (form) => ({
			operation: 'get',
			workspaceId: given('4302', form),
			fieldTransformationId: given('orders-to-events', form),
		}),
		method: 'GET',
		path: '/platform/v2/workspaces/4302/transformations/orders-to-events',
	},
	{
		id: 'email (User → Get)',
		node: 'mParticleUser',
		parameters: (form) => ({ operation: 'get', email: given('jane.doe@acme.com', form) }),
		method: 'GET',
		path: '/v1/users/jane2Edoe40acme2Ecom',
		accountId: '1001',
	},
];

describe.each(cases)('$id', ({ node, parameters, method, path, accountId }) => {
	it.each(FORMS)('as %s reaches the same address', async (form) => {
		const run = await h.engine.runNode({ type: node, parameters: parameters(form) });
		expect(run.error).toBeUndefined();
		const [request] = h.emulator.apiRequests();
		expect([request.method, request.path, request.query.accountId]).toEqual([method, path, accountId]);
	});
});

describe('audienceId (Audience → Delete)', () => {
	// Each form deletes another audience: a delete cannot run twice on one.
	it.each([
		['list', '7001'],
		['id', '7002'],
		['plain', '7003'],
	] as Array<[Form, string]>)('as %s deletes /v1/audiences/%s', async (form, id) => {
		const run = await h.engine.runNode({
			type: 'mParticleAudience',
			parameters: { operation: 'delete', audienceId: given(id, form) },
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({ method: 'DELETE', path: `/v1/audiences/${id}` });
		expect(h.emulator.store.audiences.some((audience) => audience.id === Number(id))).toBe(false);
	});
});

describe('values that also go into the body', () => {
	it.each(FORMS)(
		'Service Name of Platform Service → Configure (%s) is sent as the body name',
		async (form) => {
			const run = await h.engine.runNode({
				type: 'mParticleApp',
				parameters: {
					resource: 'platformService',
					operation: 'configure',
					appId: given('3001', form),
					os: given('iOS', form),
					serviceName: given('Indicative', form),
					serviceSettings: { setting: [{ name: 'apiKey', value: 'key-1' }] },
				},
			});
			expect(run.error).toBeUndefined();
			expect(h.emulator.apiRequests()[0]).toMatchObject({
				method: 'PUT',
				path: '/v1/apps/3001/platforms/ios/services',
				body: { name: 'Indicative', isActive: true, settings: [{ name: 'apiKey', value: 'key-1' }] },
			});
		},
	);

	it.each(FORMS)(
		'Field Transformation ID of Update (%s) is sent in the path and as the body id',
		async (form) => {
			const run = await h.engine.runNode({
				type: 'mParticleFieldTransformation',
				parameters: {
					operation: 'update',
					workspaceId: given('4302', form),
					fieldTransformationId: given('orders-to-events', form),
					name: 'Orders',
					mappings: { mapping: [{ mappingType: 'ignore', source: 'note' }] },
				},
			});
			expect(run.error).toBeUndefined();
			expect(h.emulator.apiRequests()[0]).toMatchObject({
				method: 'PUT',
				path: '/platform/v2/workspaces/4302/transformations/orders-to-events',
				body: { id: 'orders-to-events', name: 'Orders' },
			});
		},
	);
});

describe('checks on the chosen or typed value stay', () => {
	const run = (type: string, parameters: INodeParameters) => h.engine.runNode({ type, parameters });

	interface BadValue {
		type: string;
		/** The node's parameters around the listed ID. */
		parameters: (id: ReturnType<typeof given>) => INodeParameters;
		mode: Form;
		value: string;
		/** The message when the value is typed in (mode `mode`). */
		typed: string;
		/** The message when the same value comes from an expression, where that is checked too. */
		fromExpression?: string;
	}

	const BAD_VALUES: BadValue[] = [
		{
			type: 'mParticleApp',
			parameters: (appId) => ({ resource: 'app', operation: 'get', appId }),
			mode: 'id',
			value: 'shop',
			typed: 'App ID must be digits only, e.g. 3001',
			fromExpression: 'App ID must be a whole number greater than 0, e.g. 1234 (got "shop")',
		},
		{
			type: 'mParticleWorkspace',
			parameters: (accountId) => ({ operation: 'getAll', accountId }),
			mode: 'id',
			value: 'acme',
			typed: 'Account ID must be digits only, e.g. 1001',
			fromExpression: 'Account ID must be a whole number greater than 0, e.g. 1234 (got "acme")',
		},
		{
			type: 'mParticleApp',
			parameters: (os) => ({ resource: 'platform', operation: 'get', appId: '3002', os }),
			mode: 'id',
			value: 'Windows',
			typed: 'OS must be one of iOS, tvOS, Android, MobileWeb, Roku, Alexa, SmartTV, FireTV, Xbox',
			fromExpression:
				'OS must be one of iOS, tvOS, Android, MobileWeb, Roku, Alexa, SmartTV, FireTV, Xbox (got "Windows")',
		},
		{
			type: 'mParticleUser',
			parameters: (email) => ({ operation: 'get', email }),
			mode: 'id',
			value: 'jane',
			typed: 'Email must be an e-mail address, e.g. name@email.com',
		},
		{
			type: 'mParticleFieldTransformation',
			parameters: (fieldTransformationId) => ({
				operation: 'get',
				workspaceId: '4302',
				fieldTransformationId,
			}),
			mode: 'id',
			value: 'orders to events',
			typed: 'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events',
		},
		{
			type: 'mParticleCalculatedAttribute',
			parameters: (calculatedAttributeId) => ({
				operation: 'get',
				workspaceId: '4302',
				calculatedAttributeId,
			}),
			mode: 'list',
			value: '',
			typed: 'Parameter "Calculated Attribute" is required.',
			fromExpression: 'Calculated Attribute ID is required',
		},
	];

	// A typed value that breaks the mode's pattern never reaches the node: n8n refuses to run the workflow
	// (the editor shows the same message under the field).
	it.each(
		BAD_VALUES.map((bad) => [bad.type, bad.parameters(given(bad.value, bad.mode)), bad.typed] as const),
	)('%s refuses a typed value that breaks the pattern: %j', async (type, parameters, message) => {
		await expect(run(type, parameters)).rejects.toThrow(message);
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	// Expressions are checked only when they are resolved, by the node's own checks, before any request.
	it.each(
		BAD_VALUES.flatMap(({ type, parameters, mode, value, fromExpression }) =>
			fromExpression === undefined
				? []
				: [[type, parameters(given(`={{ ${JSON.stringify(value)} }}`, mode)), fromExpression] as const],
		),
	)('%s checks a value from an expression before sending: %j', async (type, parameters, message) => {
		const result = await run(type, parameters);
		expect(result.error?.message).toBe(message);
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('a typed OS is matched whatever its case', async () => {
		const result = await run('mParticleApp', {
			resource: 'platform',
			operation: 'get',
			appId: '3002',
			os: given('ROKU', 'id'),
		});
		expect(result.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].path).toBe('/v1/apps/3002/platforms/roku');
	});

	it('an empty Account ID override means the credential’s account', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true, accountId: given('', 'list') },
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].query.accountId).toBe('1001');
	});

	it('a workflow saved without an OS (the old default) still means iOS', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'platform', operation: 'get', appId: '3001' },
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].path).toBe('/v1/apps/3001/platforms/ios');
	});

	it('Platform → Create keeps a plain OS option (a new platform cannot be listed)', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'platform', operation: 'create', appId: given('3002', 'list'), os: 'tvOS' },
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'POST',
			path: '/v1/apps/3002',
			body: { os: 'tvos' },
		});
	});
});

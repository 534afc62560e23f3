import type { INodeParameters, INodeType } from 'n8n-workflow';
import { loadPackage, PACKAGE_NAME, resourcesOf } from '../harness/package';
import { validDefinition } from './fixtures';
import { useHarness } from './helpers';

/**
 * Bad input for every operation of every node fails before anything is sent, with a message naming the
 * field. Every case starts without a token, and the emulator's log (API and token requests) stays empty:
 * the checks run while n8n builds the request, before it authenticates, so not even a token is fetched.
 * The operations are read from the loaded package: a new operation without cases here fails the test.
 */

const h = useHarness();

/** One bad variant of an operation's valid parameters, and the message it must fail with. */
interface BadCase {
	name: string;
	set: INodeParameters;
	message: string | RegExp;
}

interface OperationCases {
	/** Valid parameters; each bad case changes some of them. */
	base: INodeParameters;
	bad: BadCase[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A required numeric mParticle ID: empty (from an expression), whitespace, negative, non-numeric, oversized. */
function badId(field: string, label: string): BadCase[] {
	return [
		{ name: `${label} empty`, set: { [field]: '={{ "" }}' }, message: `${label} is required` },
		{ name: `${label} whitespace`, set: { [field]: '   ' }, message: `${label} is required` },
		...badNumber(field, label),
	];
}

function badNumber(field: string, label: string): BadCase[] {
	const notWhole = (value: string) =>
		`${label} must be a whole number greater than 0, e.g. 1234 (got "${value}")`;
	return [
		{ name: `${label} negative`, set: { [field]: '-5' }, message: notWhole('-5') },
		{ name: `${label} zero`, set: { [field]: '={{ 0 }}' }, message: notWhole('0') },
		{ name: `${label} non-numeric`, set: { [field]: 'abc' }, message: notWhole('abc') },
		{ name: `${label} decimal`, set: { [field]: '12.5' }, message: notWhole('12.5') },
		{
			name: `${label} oversized`,
			set: { [field]: '99999999999999999999' },
			message: `${label} is too large to be an mParticle ID (got "99999999999999999999")`,
		},
	];
}

/** The Account ID override of v1 nodes: left empty it means the credential's account, so only wrong values. */
const badAccountId = badNumber('accountId', 'Account ID');

/** Required text: empty (from an expression) and whitespace only. */
function badText(field: string, label: string): BadCase[] {
	return [
		{ name: `${label} empty`, set: { [field]: '={{ $json.missing }}' }, message: `${label} is required` },
		{ name: `${label} whitespace`, set: { [field]: ' \t ' }, message: `${label} is required` },
	];
}

/**
 * A literal '' in a required field: n8n refuses to run the node (naming the field as the editor shows it,
 * `shown`), or our check does (naming it `label`). Either sends nothing.
 */
function literalEmpty(field: string, label: string, shown = label): BadCase {
	return {
		name: `${label} literally empty`,
		set: { [field]: '' },
		message: new RegExp(`^${escape(label)} is required$|Parameter "${escape(shown)}" is required`),
	};
}

/** `.` and `..` in a text that goes into the path would change the address: refused, naming the field. */
function dotSegments(field: string, label: string): BadCase[] {
	return ['.', '..'].map((value) => ({
		name: `${label} "${value}"`,
		set: { [field]: value },
		message: `${label} cannot be "${value}": it is not a name mParticle uses`,
	}));
}

/** A value outside an option list, which only an expression can produce. */
function badEnum(field: string, label: string, extra: INodeParameters = {}): BadCase {
	return {
		name: `${label} unknown value`,
		set: { ...extra, [field]: '={{ "Nope" }}' },
		message: new RegExp(`^${escape(label)} must be one of .+\\(got "Nope"\\)$`),
	};
}

function badBoolean(field: string, label: string): BadCase {
	return {
		name: `${label} not a boolean`,
		set: { [field]: '={{ "maybe" }}' },
		message: `${label} must be true or false (got "maybe")`,
	};
}

function badJson(field: string, label: string, input: INodeParameters): BadCase[] {
	return [
		{
			name: `${label} invalid`,
			set: { ...input, [field]: '{"name": "x",' },
			message: `${label} is not valid JSON`,
		},
		{ name: `${label} empty`, set: { ...input, [field]: '={{ "" }}' }, message: `${label} is required` },
	];
}

const badLimit: BadCase[] = [
	{
		name: 'Limit negative',
		set: { returnAll: false, limit: '={{ -1 }}' },
		message: 'Limit must be a whole number of 1 or more (got "-1")',
	},
	{
		name: 'Limit non-numeric',
		set: { returnAll: false, limit: '={{ "ten" }}' },
		message: 'Limit must be a whole number of 1 or more (got "ten")',
	},
];

const CA_DEFINITION = JSON.stringify(validDefinition());
const MAPPINGS = JSON.stringify([{ mapping_type: 'ignore', source: 'internal_note' }]);
const GA = 'GoogleAnalyticsEventForwarder';

const app = (extra: INodeParameters) => ({ resource: 'app', ...extra });
const platform = (extra: INodeParameters) => ({ resource: 'platform', appId: '3001', os: 'iOS', ...extra });
const platformService = (extra: INodeParameters) => ({
	resource: 'platformService',
	appId: '3001',
	os: 'iOS',
	...extra,
});
const caId = { workspaceId: '4302', calculatedAttributeId: '7102' };
const ftId = { workspaceId: '4302', fieldTransformationId: 'orders-to-events' };
const osEnum = badEnum('os', 'OS');
const idOfApp = badId('appId', 'App ID');
const workspace = badId('workspaceId', 'Workspace ID');
const caIdCases = [...workspace, ...badId('calculatedAttributeId', 'Calculated Attribute ID')];
const ftIdCases: BadCase[] = [
	...workspace,
	...badText('fieldTransformationId', 'Field Transformation ID'),
	{
		name: 'Field Transformation ID with a space',
		set: { fieldTransformationId: 'orders to events' },
		message:
			'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events (got "orders to events")',
	},
];
const platformSettingCases: BadCase[] = [
	{
		name: 'Crash Handling unknown value',
		set: { platformSettings: { crashHandling: '={{ "Nope" }}' } },
		message: /^Crash Handling must be one of AppDefined, ForceCatch, ForceIgnore \(got "Nope"\)$/,
	},
	{
		name: 'Push Attribution Timer negative',
		set: { platformSettings: { pushAttributionTimer: '={{ -1 }}' } },
		message: 'Push Attribution Timer (Minutes) must be a whole number of minutes, 0 or more (got "-1")',
	},
	{
		name: 'Profile Merging not a boolean',
		set: { platformSettings: { profileMerging: '={{ "maybe" }}' } },
		message: 'Profile Merging must be true or false (got "maybe")',
	},
];
const serviceNameCases: BadCase[] = [
	...badText('serviceName', 'Service Name'),
	...dotSegments('serviceName', 'Service Name'),
	{
		name: 'Service Name that is another endpoint',
		set: { serviceName: 'datapoints' },
		message: /^Service Name "datapoints" is not a service/,
	},
];
const feedBody = { moduleName: 'Radar', name: 'Radar production', os: 'iOS' };
/** Wrong values of the feed's fields; Create requires Module Name and Name, Update keeps what is left empty. */
const feedValueCases: BadCase[] = [
	badEnum('os', 'OS'),
	badBoolean('isDebug', 'Debug'),
	{
		name: 'Settings entry without a name',
		set: { settings: { setting: [{ name: ' ', value: 'x' }] } },
		message: 'Setting 1: Name is required',
	},
];
const feedBodyCases: BadCase[] = [
	...badText('moduleName', 'Module Name'),
	...badText('name', 'Name'),
	...feedValueCases,
];
const feedChangeCases: BadCase[] = [
	...feedValueCases,
	{
		name: 'nothing to update',
		set: { moduleName: '={{ "" }}', name: ' ', os: 'keep' },
		message: 'Nothing to update: fill in Module Name or Name, choose an OS or Debug, or add Settings',
	},
];

/** Per node type, per `resource:operation`: valid parameters and their bad variants. */
const MATRIX: Record<string, Record<string, OperationCases>> = {
	mParticleAccount: {
		'account:create': {
			base: { operation: 'create', name: 'Bad input account' },
			bad: [...badText('name', 'Name'), literalEmpty('name', 'Name'), ...badAccountId],
		},
		'account:delete': { base: { operation: 'delete', accountId: '1001' }, bad: badAccountId },
		'account:get': { base: { operation: 'get' }, bad: badAccountId },
		'account:getAll': {
			base: { operation: 'getAll', returnAll: false, limit: 5 },
			bad: [...badLimit, ...badAccountId],
		},
		'account:update': {
			base: { operation: 'update', accountId: '1002', name: 'Acme Staging' },
			bad: [...badText('name', 'Name'), ...badAccountId],
		},
	},
	mParticleApp: {
		'app:create': {
			base: app({ operation: 'create', name: 'Bad input app', platforms: ['iOS'] }),
			bad: [
				...badText('name', 'Name'),
				{
					name: 'Platforms unknown OS',
					set: { platforms: '={{ ["iOS", "Nope"] }}' },
					message: /^Platforms must be one of .+\(got "Nope"\)$/,
				},
				{
					name: 'Platforms empty',
					set: { platforms: '={{ [] }}' },
					message: 'Platforms is required: choose at least one OS',
				},
				...badAccountId,
			],
		},
		'app:delete': { base: app({ operation: 'delete', appId: '3002' }), bad: idOfApp },
		'app:get': {
			base: app({ operation: 'get', appId: '3001' }),
			bad: [...idOfApp, literalEmpty('appId', 'App ID', 'App')],
		},
		'app:getAll': {
			base: app({ operation: 'getAll', returnAll: false, limit: 1 }),
			bad: [...badLimit, ...badAccountId],
		},
		'app:update': {
			base: app({ operation: 'update', appId: '3001', name: 'Acme Shop' }),
			bad: [...idOfApp, ...badText('name', 'Name')],
		},
		'platform:create': {
			base: platform({ operation: 'create', os: 'Xbox', platformSettings: { crashHandling: 'ForceCatch' } }),
			bad: [...idOfApp, osEnum, ...platformSettingCases],
		},
		'platform:delete': {
			base: platform({ operation: 'delete', appId: '3002', os: 'Roku' }),
			bad: [...idOfApp, osEnum],
		},
		'platform:get': { base: platform({ operation: 'get' }), bad: [...idOfApp, osEnum, ...badAccountId] },
		'platform:getAll': {
			base: platform({ operation: 'getAll', returnAll: true }),
			bad: [...idOfApp, ...badLimit],
		},
		'platform:update': {
			base: platform({ operation: 'update', platformSettings: { socialMode: 'Facebook' } }),
			bad: [
				...idOfApp,
				osEnum,
				...platformSettingCases,
				{
					name: 'Update Fields empty',
					set: { platformSettings: {} },
					message: 'Update Fields is empty: add at least one setting to change',
				},
			],
		},
		'platformService:configure': {
			base: platformService({
				operation: 'configure',
				serviceName: 'Indicative',
				serviceSettings: { setting: [{ name: 'apiKey', value: 'key-1' }] },
			}),
			bad: [
				...idOfApp,
				osEnum,
				...badText('serviceName', 'Service Name'),
				badBoolean('isActive', 'Active'),
				badBoolean('isVisible', 'Visible'),
				{
					name: 'Service Settings name given twice',
					set: { serviceSettings: { setting: [{ name: 'apiKey' }, { name: 'apiKey' }] } },
					message: 'Setting 2: Name "apiKey" is given twice',
				},
			],
		},
		'platformService:getAll': {
			base: platformService({ operation: 'getAll', returnAll: true }),
			bad: [...idOfApp, osEnum, ...badLimit],
		},
	},
	mParticleAudience: {
		'audience:delete': {
			base: { operation: 'delete', audienceId: '7004' },
			bad: [
				...badId('audienceId', 'Audience ID'),
				literalEmpty('audienceId', 'Audience ID', 'Audience'),
				...badAccountId,
			],
		},
		'audience:getAll': {
			base: { operation: 'getAll', scope: 'workspace', workspaceId: '4302', returnAll: true },
			bad: [...workspace, ...badLimit, ...badAccountId],
		},
	},
	mParticleCalculatedAttribute: {
		'calculatedAttribute:activate': { base: { operation: 'activate', ...caId }, bad: caIdCases },
		'calculatedAttribute:create': {
			base: {
				operation: 'create',
				workspaceId: '4302',
				name: 'Bad input attribute',
				definitionInput: 'json',
				definitionJson: CA_DEFINITION,
			},
			bad: [
				...workspace,
				...badText('name', 'Name'),
				...badJson('definitionJson', 'Draft Definition (JSON)', { definitionInput: 'json' }),
				badEnum('calculationType', 'Calculation Type', { definitionInput: 'fields', eventName: 'Purchase' }),
				badEnum('eventType', 'Event Type', { definitionInput: 'fields', eventName: 'Purchase' }),
				{
					name: 'Within negative',
					set: { definitionInput: 'fields', eventName: 'Purchase', within: '={{ -3 }}' },
					message: 'Within must be a whole number greater than 0 (got -3)',
				},
				{
					name: 'Draft Definition (JSON) unknown calculation type',
					set: { definitionJson: JSON.stringify({ ...validDefinition(), calculation_type: 'Nope' }) },
					message:
						/^Draft Definition \(JSON\): calculation_type must be one of average, count, .+ \(got "Nope"\)$/,
				},
			],
		},
		'calculatedAttribute:delete': {
			base: { operation: 'delete', workspaceId: '4302', calculatedAttributeId: '7101' },
			bad: caIdCases,
		},
		'calculatedAttribute:deleteDraft': { base: { operation: 'deleteDraft', ...caId }, bad: caIdCases },
		'calculatedAttribute:exists': {
			base: { operation: 'exists', workspaceId: '4302', name: 'Last search' },
			bad: workspace,
		},
		'calculatedAttribute:get': {
			base: { operation: 'get', ...caId },
			bad: [
				...caIdCases,
				literalEmpty('calculatedAttributeId', 'Calculated Attribute ID', 'Calculated Attribute'),
			],
		},
		'calculatedAttribute:getActivationStatus': {
			base: { operation: 'getActivationStatus', ...caId },
			bad: caIdCases,
		},
		'calculatedAttribute:getAll': {
			base: { operation: 'getAll', workspaceId: '4302', returnAll: false, limit: 1 },
			bad: [...workspace, ...badLimit],
		},
		'calculatedAttribute:getCalculationStatus': {
			base: { operation: 'getCalculationStatus', ...caId },
			bad: caIdCases,
		},
		'calculatedAttribute:update': {
			base: { operation: 'update', ...caId, updateFields: { description: 'Searches' } },
			bad: [
				...caIdCases,
				{
					name: 'Update Fields name empty',
					set: { updateFields: { name: '={{ "" }}' } },
					message: 'Name is required',
				},
				{
					name: 'nothing to update',
					set: { updateFields: {} },
					message:
						'Nothing to update: add Name or Description under Update Fields, or set Definition Input to Fields or JSON',
				},
				...badJson('definitionJson', 'Draft Definition (JSON)', { definitionInput: 'json' }),
			],
		},
	},
	mParticleDataPoint: {
		'dataPoint:add': {
			base: {
				resource: 'dataPoint',
				operation: 'add',
				appId: '3001',
				dataPointsInput: 'json',
				dataPointsJson: JSON.stringify([{ name: 'Wishlist', type: 'Event', event_type: 'other' }]),
			},
			bad: [
				...idOfApp,
				...badJson('dataPointsJson', 'Data Points (JSON)', { dataPointsInput: 'json' }),
				{
					name: 'Data Points (JSON) empty list',
					set: { dataPointsJson: '[]' },
					message: 'Data Points (JSON): add at least one data point',
				},
				{
					name: 'Data Point type unknown value',
					set: {
						dataPointsInput: 'fields',
						dataPoints: { dataPoint: [{ type: '={{ "Nope" }}', name: 'X' }] },
					},
					message: /^Data Point 1: Type must be one of .+\(got "Nope"\)$/,
				},
			],
		},
		'dataPoint:getAll': {
			base: { resource: 'dataPoint', operation: 'getAll', appId: '3001', returnAll: true },
			bad: [...idOfApp, ...badLimit, ...badAccountId],
		},
		'serviceFiltering:get': {
			base: { resource: 'serviceFiltering', operation: 'get', appId: '3001', serviceName: GA },
			bad: [...idOfApp, ...serviceNameCases, literalEmpty('serviceName', 'Service Name', 'Service')],
		},
		'serviceFiltering:update': {
			base: { resource: 'serviceFiltering', operation: 'update', appId: '3001', serviceName: GA },
			bad: [
				...idOfApp,
				...serviceNameCases,
				badBoolean('sendNewDataPointsByDefault', 'Send New Data Points by Default'),
			],
		},
		'filter:get': {
			base: { resource: 'filter', operation: 'get', appId: '3001', serviceName: GA },
			bad: [...idOfApp, ...serviceNameCases],
		},
		'filter:update': {
			base: {
				resource: 'filter',
				operation: 'update',
				appId: '3001',
				serviceName: GA,
				filtersInput: 'json',
				filtersJson: JSON.stringify([{ name: 'Email', type: 'UserIdentity', enabled: true }]),
			},
			bad: [
				...idOfApp,
				...serviceNameCases,
				...badJson('filtersJson', 'Filters (JSON)', { filtersInput: 'json' }),
				{
					name: 'Filter identity name unknown value',
					set: {
						filtersInput: 'fields',
						filters: { filter: [{ type: 'UserIdentity', identityName: '={{ "Nope" }}', enabled: true }] },
					},
					message: /^Filter 1: Identity Name must be one of .+\(got "Nope"\)$/,
				},
				{
					name: 'Filter enabled not a boolean',
					set: {
						filtersInput: 'fields',
						filters: {
							filter: [{ type: 'Event', name: 'Play', eventType: 'media', enabled: '={{ "maybe" }}' }],
						},
					},
					message: 'Filter 1: Enabled must be true or false',
				},
			],
		},
	},
	mParticleFeed: {
		'feed:create': {
			base: {
				resource: 'feed',
				operation: 'create',
				workspaceId: '4302',
				...feedBody,
				name: 'Bad input feed',
			},
			bad: [...workspace, ...feedBodyCases],
		},
		'feed:get': {
			base: { resource: 'feed', operation: 'get', feedId: '6001' },
			bad: [...badId('feedId', 'Feed ID'), literalEmpty('feedId', 'Feed ID', 'Feed'), ...badAccountId],
		},
		'feed:getAll': {
			base: { resource: 'feed', operation: 'getAll', workspaceId: '4302', returnAll: true },
			bad: [...workspace, ...badLimit],
		},
		'feed:update': {
			base: { resource: 'feed', operation: 'update', workspaceId: '4302', feedId: '6001', ...feedBody },
			bad: [...workspace, ...badId('feedId', 'Feed ID'), ...feedChangeCases],
		},
		'outputConfiguration:getAll': {
			base: {
				resource: 'outputConfiguration',
				operation: 'getAll',
				workspaceId: '4302',
				moduleName: 'Amplitude',
				returnAll: true,
			},
			bad: [
				...workspace,
				...badText('moduleName', 'Module Name'),
				...dotSegments('moduleName', 'Module Name'),
				...badLimit,
			],
		},
		'subscription:create': {
			base: { resource: 'subscription', operation: 'create', feedId: '6001', serviceConfigurationId: '8002' },
			bad: [
				...badId('feedId', 'Feed ID'),
				...badId('serviceConfigurationId', 'Service Configuration ID'),
				badBoolean('isActive', 'Active'),
			],
		},
		'subscription:getAll': {
			base: { resource: 'subscription', operation: 'getAll', feedId: '6001', returnAll: true },
			bad: [...badId('feedId', 'Feed ID'), ...badLimit],
		},
	},
	mParticleFieldTransformation: {
		'fieldTransformation:create': {
			base: {
				operation: 'create',
				workspaceId: '4302',
				fieldTransformationId: 'bad-input-check',
				name: 'Bad input check',
				mappingsInput: 'json',
				mappingsJson: MAPPINGS,
			},
			bad: [
				...ftIdCases,
				...badText('name', 'Name'),
				...badJson('mappingsJson', 'Mappings (JSON)', { mappingsInput: 'json' }),
				{
					name: 'Mapping type unknown value',
					set: {
						mappingsInput: 'fields',
						mappings: { mapping: [{ mappingType: '={{ "Nope" }}', source: 'a' }] },
					},
					message: 'Mapping 1: Mapping Type must be one of column, ignore, static (got "Nope")',
				},
			],
		},
		'fieldTransformation:delete': { base: { operation: 'delete', ...ftId }, bad: ftIdCases },
		'fieldTransformation:get': {
			base: { operation: 'get', ...ftId },
			bad: [
				...ftIdCases,
				literalEmpty('fieldTransformationId', 'Field Transformation ID', 'Field Transformation'),
			],
		},
		'fieldTransformation:getAll': {
			base: { operation: 'getAll', workspaceId: '4302', returnAll: true },
			bad: [...workspace, ...badLimit],
		},
		'fieldTransformation:update': {
			base: { operation: 'update', ...ftId, name: 'Orders', mappingsInput: 'json', mappingsJson: MAPPINGS },
			bad: [
				...ftIdCases,
				...badText('name', 'Name'),
				...badJson('mappingsJson', 'Mappings (JSON)', { mappingsInput: 'json' }),
				{
					name: 'Mappings (JSON) not a list',
					set: { mappingsJson: '{"mapping_type": "ignore"}' },
					message: 'Mappings (JSON) must be a list of mappings',
				},
			],
		},
	},
	mParticleService: {
		'service:get': {
			base: { operation: 'get', serviceName: 'Indicative' },
			bad: [
				...badText('serviceName', 'Service Name'),
				literalEmpty('serviceName', 'Service Name', 'Service'),
				...badAccountId,
			],
		},
		'service:getAll': { base: { operation: 'getAll', returnAll: true }, bad: [...badLimit, ...badAccountId] },
	},
	mParticleUser: {
		'user:get': {
			base: { operation: 'get', email: 'test@mparticle.com' },
			bad: [
				...badText('email', 'Email'),
				literalEmpty('email', 'Email', 'User'),
				{
					name: 'Email not an address',
					set: { email: 'test-at-mparticle' },
					message: 'Email must be an e-mail address, e.g. test@mparticle.com (got "test-at-mparticle")',
				},
				...badAccountId,
			],
		},
		'user:getAll': { base: { operation: 'getAll', returnAll: true }, bad: [...badLimit, ...badAccountId] },
	},
	mParticleWorkspace: {
		'workspace:getAll': {
			base: { operation: 'getAll', returnAll: true },
			bad: [...badLimit, ...badAccountId],
		},
	},
};

/** `resource:operation` of every operation the loaded package offers, per node type. */
async function operationsOfPackage(): Promise<Record<string, string[]>> {
	const pkg = await loadPackage();
	const result: Record<string, string[]> = {};
	for (const fullName of pkg.nodeTypeNames) {
		const { description } = pkg.nodeTypes.getByNameAndVersion(fullName) as INodeType;
		// The trigger has no operations; trigger.test.ts checks its bad input.
		if (description.polling) continue;
		const keys = resourcesOf(description).flatMap(({ resource, operations }) =>
			operations.map((operation) => `${String(resource.value)}:${String(operation.value)}`),
		);
		result[fullName.replace(`${PACKAGE_NAME}.`, '')] = keys.sort();
	}
	return result;
}

const cases = Object.entries(MATRIX).flatMap(([type, operations]) =>
	Object.entries(operations).flatMap(([operation, { base, bad }]) =>
		bad.map((badCase) => ({ type, operation, base, ...badCase })),
	),
);

async function run(type: string, parameters: INodeParameters) {
	try {
		return await h.engine.runNode({ type, parameters });
	} catch (error) {
		// n8n refuses to run a node whose required parameter is literally empty.
		return { error: error as Error, items: [] };
	}
}

describe('the bad-input matrix covers every operation', () => {
	it('has cases for exactly the operations of the loaded package', async () => {
		const offered = await operationsOfPackage();
		const covered = Object.fromEntries(
			Object.entries(MATRIX).map(([type, operations]) => [type, Object.keys(operations).sort()]),
		);
		expect(covered).toEqual(offered);
		for (const operations of Object.values(MATRIX)) {
			for (const { bad } of Object.values(operations)) expect(bad.length).toBeGreaterThan(0);
		}
	});
});

describe('bad input fails before any request, naming the field', () => {
	beforeEach(() => {
		// No token: a token request would show in the log as well.
		h.engine.setCredential({ ...h.engine.storedCredential()!, accessToken: '' });
	});

	it.each(cases)('$type $operation: $name', async ({ type, base, set, message }) => {
		const result = await run(type, { ...base, ...set });
		expect(result.error).toBeDefined();
		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		expect(h.emulator.log).toEqual([]);
	});
});

describe('the valid parameters of every operation pass the checks', () => {
	it.each(
		Object.entries(MATRIX).flatMap(([type, operations]) =>
			Object.entries(operations).map(([operation, { base }]) => ({ type, operation, base })),
		),
	)('$type $operation sends its request', async ({ type, base }) => {
		const result = await run(type, base);
		expect(h.emulator.apiRequests().length).toBeGreaterThan(0);
		// mParticle may refuse (e.g. an account that still has apps), but no input check may fail.
		if (result.error) expect((result.error as { httpCode?: string }).httpCode).toMatch(/^[45]\d\d$/);
	});
});

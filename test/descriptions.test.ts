import '../harness/environment';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	NodeHelpers,
	type INode,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';
import { loadPackage, PACKAGE_NAME, resourcesOf } from '../harness/package';

/**
 * What users, the n8n editor and AI agents read: checked on the node descriptions as n8n loads them from
 * the built package (with codex files, and with the request options n8n adds to declarative nodes).
 */

const V1_NODES = [
	'mParticleAccount',
	'mParticleApp',
	'mParticleAudience',
	'mParticleDataPoint',
	'mParticleFeed',
	'mParticleService',
	'mParticleUser',
	'mParticleWorkspace',
];
const OPERATION_NODES = [...V1_NODES, 'mParticleCalculatedAttribute', 'mParticleFieldTransformation'].sort();
const TRIGGER = 'mParticleTrigger';
const ALL_NODES = [...OPERATION_NODES, TRIGGER].sort();

/** Every ID that can be listed: its list method, the nodes that take it, and typed values the editor accepts or flags. */
const ID_PARAMETERS: Record<
	string,
	{ list: string; nodes: string[]; valid: string; invalid?: string; optional?: boolean }
> = {
	accountId: {
		list: 'searchAccounts',
		nodes: [...V1_NODES, TRIGGER],
		valid: '1001',
		invalid: 'acme',
		optional: true,
	},
	workspaceId: {
		list: 'searchWorkspaces',
		nodes: [
			'mParticleAudience',
			'mParticleCalculatedAttribute',
			'mParticleFeed',
			'mParticleFieldTransformation',
			TRIGGER,
		],
		valid: '4302',
		invalid: 'ws-4302',
	},
	appId: {
		list: 'searchApps',
		nodes: ['mParticleApp', 'mParticleDataPoint', TRIGGER],
		valid: '3001',
		invalid: '30 01',
	},
	os: { list: 'searchPlatforms', nodes: ['mParticleApp'], valid: 'ios', invalid: 'Windows' },
	// Service module names have no documented format: a typed name is only checked to be non-empty.
	serviceName: {
		list: 'searchServices',
		nodes: ['mParticleApp', 'mParticleDataPoint', 'mParticleService'],
		valid: 'GoogleAnalyticsEventForwarder',
	},
	audienceId: { list: 'searchAudiences', nodes: ['mParticleAudience'], valid: '7001', invalid: 'cart' },
	feedId: { list: 'searchFeeds', nodes: ['mParticleFeed'], valid: '6001', invalid: '6001a' },
	serviceConfigurationId: {
		list: 'searchServiceConfigurations',
		nodes: ['mParticleFeed'],
		valid: '8001',
		invalid: '80x1',
	},
	calculatedAttributeId: {
		list: 'searchCalculatedAttributes',
		nodes: ['mParticleCalculatedAttribute'],
		valid: '7101',
		invalid: '-7101',
	},
	fieldTransformationId: {
		list: 'searchFieldTransformations',
		nodes: ['mParticleFieldTransformation'],
		valid: 'orders-to-events',
		invalid: 'orders to events',
	},
	email: { list: 'searchUsers', nodes: ['mParticleUser'], valid: 'jane.doe@acme.com', invalid: 'jane' },
};

/**
 * ID fields that name something that does not exist yet, so there is nothing to list: the OS of a new
 * platform (a fixed list of OS values) and the client-chosen ID of a new field transformation.
 */
/**
 * IDs that are optional because they only fill another field's list, or because empty means the whole
 * account (the trigger watching audiences): [node, parameter, resource].
 */
const LIST_ONLY_FIELDS: Array<[string, string, string]> = [
	['mParticleFeed', 'workspaceId', 'subscription'],
	[TRIGGER, 'workspaceId', 'audience'],
];

const NEW_VALUE_FIELDS: Array<[string, string, string]> = [
	['mParticleApp', 'os', 'create'],
	['mParticleFieldTransformation', 'fieldTransformationId', 'create'],
];

/**
 * Options fields whose options carry no description of their own: their option names are mParticle's own
 * values (operating systems, Events API event types, units, value types, identity names), shown as
 * mParticle spells them or humanised, and the field's description says what they mean. n8n's own nodes
 * leave such obvious enums without option descriptions too.
 */
const OBVIOUS_ENUMS = [
	'conditions.condition.operator',
	'conditions.condition.type',
	'customEventType',
	'dataPoints.dataPoint.commerceEventType',
	'dataPoints.dataPoint.eventType',
	'eventType',
	'filters.filter.commerceEventType',
	'filters.filter.eventType',
	'filters.filter.eventTypeName',
	'filters.filter.identityName',
	'os',
	'platforms',
	'recipeType',
	'withinUnit',
];

/** Get Many operations with a Name Contains filter (node, resource). */
const NAME_CONTAINS: Array<[string, string | undefined]> = [
	['mParticleAccount', undefined],
	['mParticleApp', 'app'],
	['mParticleAudience', undefined],
	['mParticleDataPoint', 'dataPoint'],
	['mParticleFeed', 'feed'],
	['mParticleFieldTransformation', undefined],
	['mParticleService', undefined],
	['mParticleUser', undefined],
	['mParticleWorkspace', undefined],
];

/**
 * Where the codex links point: the README in the repository package.json names (written as npm writes it,
 * git+https://…git), or the package's npm page while it names none.
 */
const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
	repository?: string | { url?: string };
};
const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
const README = repository
	? repository.replace(/^git\+/, '').replace(/\.git$/, '')
	: `https://www.npmjs.com/package/${PACKAGE_NAME}`;

interface Loaded {
	name: string;
	type: INodeType;
	description: INodeTypeDescription;
}

let nodes: Loaded[];

beforeAll(async () => {
	const pkg = await loadPackage();
	nodes = pkg.nodeTypeNames.map((typeName) => {
		const type = pkg.nodeTypes.getByNameAndVersion(typeName, 1);
		return { name: typeName.replace(`${PACKAGE_NAME}.`, ''), type, description: type.description };
	});
});

const node = (name: string) => nodes.find((loaded) => loaded.name === name)!;

function nodeOf({ name }: Loaded, parameters: INodeParameters): INode {
	return {
		id: name,
		name,
		type: `${PACKAGE_NAME}.${name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: {},
	};
}

/** The parameters n8n shows (with their defaults) for these values, using n8n's own display rules. */
function shown(loaded: Loaded, values: INodeParameters): INodeParameters {
	return (
		NodeHelpers.getNodeParameters(
			loaded.description.properties,
			values,
			true,
			false,
			nodeOf(loaded, values),
			loaded.description,
		) ?? {}
	);
}

/** Every parameter of a node, with its path, including collection and fixed-collection children. */
function allParameters(properties: INodeProperties[], path = ''): Array<[string, INodeProperties]> {
	return properties.flatMap((property) => {
		const here = path ? `${path}.${property.name}` : property.name;
		const own: Array<[string, INodeProperties]> = [[here, property]];
		if (property.type === 'collection') {
			return [...own, ...allParameters(property.options as INodeProperties[], here)];
		}
		if (property.type === 'fixedCollection') {
			return [
				...own,
				...(property.options as INodePropertyCollection[]).flatMap((group) =>
					allParameters(group.values, `${here}.${group.name}`),
				),
			];
		}
		return own;
	});
}

/**
 * n8n adds `requestOptions` (batching, proxy, timeout, SSL) to every declarative node and `pollTimes` to every
 * polling trigger; their texts are n8n's.
 */
const ours = (properties: INodeProperties[]) =>
	properties.filter((property) => !['requestOptions', 'pollTimes'].includes(property.name));

/** Every operation option of a node, with the resource it belongs to. */
const operationsOf = (loaded: Loaded): Array<[string, INodePropertyOptions]> =>
	resourcesOf(loaded.description).flatMap(({ resource, operations }) =>
		operations.map((option) => [String(resource.value), option] as [string, INodePropertyOptions]),
	);

describe('the package as n8n loads it', () => {
	it('has the ten resource nodes and the trigger', () => {
		expect(nodes.map((loaded) => loaded.name).sort()).toEqual(ALL_NODES);
	});

	it('the trigger is a polling trigger that says what it does', () => {
		const { description, type } = node(TRIGGER);
		expect(description.polling).toBe(true);
		expect(description.group).toEqual(['trigger']);
		expect(description.inputs).toEqual([]);
		expect(typeof type.poll).toBe('function');
		expect(description.description?.length).toBeGreaterThan(20);
		expect(description.subtitle).toBeTruthy();
	});

	it.each(OPERATION_NODES)('%s can be used as an AI tool and says what it does', (name) => {
		const { description } = node(name);
		expect(description.usableAsTool).toBe(true);
		expect(description.description?.length).toBeGreaterThan(20);
		expect(description.subtitle).toBeTruthy();
	});

	it.each(ALL_NODES)('%s has a codex with categories and documentation that n8n kept', (name) => {
		// n8n's loader silently drops a codex without `resources`: check what it kept.
		const { codex } = node(name).description;
		expect(codex?.categories?.length).toBeGreaterThan(0);
		const primary = (codex?.resources?.primaryDocumentation ?? []).map((entry) => entry.url);
		const anchor = name
			.replace(/^mParticle/, 'mparticle')
			.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
		expect(primary).toContain(`${README}#${anchor}`);
		expect(
			primary.some((url) => url.startsWith('https://docs.mparticle.com/developers/apis/platform/')),
		).toBe(true);
		const credentials = (codex?.resources?.credentialDocumentation ?? []).map((entry) => entry.url);
		expect(credentials).toContain(`${README}#credentials`);
	});
});

describe('descriptions', () => {
	it.each(ALL_NODES)('every field of %s has a description (a notice is its own text)', (name) => {
		const missing = allParameters(ours(node(name).description.properties))
			.filter(([, property]) => property.type !== 'notice' && !property.description?.trim())
			.map(([path]) => path);
		expect(missing).toEqual([]);
	});

	it.each(ALL_NODES)('every operation of %s has a description and an action', (name) => {
		const missing = operationsOf(node(name))
			.filter(([, option]) => !option.description?.trim() || !option.action?.trim())
			.map(([resource, option]) => `${resource ?? ''}/${option.value}`);
		expect(missing).toEqual([]);
	});

	it.each(ALL_NODES)(
		'every operation description of %s fits the dropdown (two lines, 110 characters)',
		(name) => {
			const tooLong = operationsOf(node(name))
				.filter(([, option]) => String(option.description).length > 110)
				.map(([resource, option]) => `${resource ?? ''}/${option.value}: ${option.description}`);
			expect(tooLong).toEqual([]);
		},
	);

	it.each(ALL_NODES)('nothing %s shows speaks of inferred or internal facts', (name) => {
		const texts = JSON.stringify(ours(node(name).description.properties));
		expect(texts.match(/inferred|unverified limit of the|the node sends the feed id/gi) ?? []).toEqual([]);
	});

	it.each(ALL_NODES)('every option of %s has a description, except obvious enums', (name) => {
		const missing = allParameters(ours(node(name).description.properties))
			.filter(
				([path, property]) =>
					['options', 'multiOptions'].includes(property.type) && !OBVIOUS_ENUMS.includes(path),
			)
			.flatMap(([path, property]) =>
				(property.options as INodePropertyOptions[])
					.filter((option) => !option.description?.trim())
					.map((option) => `${path}=${String(option.value)}`),
			);
		expect(missing).toEqual([]);
	});

	it('the obvious-enum exceptions are still in use (no stale entries)', () => {
		const paths = new Set(
			nodes.flatMap((loaded) => allParameters(ours(loaded.description.properties)).map(([path]) => path)),
		);
		expect(OBVIOUS_ENUMS.filter((path) => !paths.has(path))).toEqual([]);
	});
});

describe('Get Many', () => {
	const getManys = () =>
		nodes.flatMap((loaded) =>
			operationsOf(loaded)
				.filter(([, option]) => option.value === 'getAll')
				.map(([resource]) => [loaded, resource] as [Loaded, string | undefined]),
		);

	it('exists on every node that lists something (14 lists)', () => {
		expect(getManys()).toHaveLength(14);
	});

	it('every Get Many shows Return All, and Limit while Return All is off', () => {
		for (const [loaded, resource] of getManys()) {
			const values = { ...(resource ? { resource } : {}), operation: 'getAll' };
			expect([loaded.name, resource, Object.keys(shown(loaded, { ...values, returnAll: false }))]).toEqual([
				loaded.name,
				resource,
				expect.arrayContaining(['returnAll', 'limit']),
			]);
			expect(Object.keys(shown(loaded, { ...values, returnAll: true }))).not.toContain('limit');
		}
	});

	it.each(NAME_CONTAINS)('%s (%s) has Name Contains, described as a client-side filter', (name, resource) => {
		const loaded = node(name);
		const parameters = shown(loaded, { ...(resource ? { resource } : {}), operation: 'getAll' });
		expect(Object.keys(parameters)).toContain('nameContains');
		const field = loaded.description.properties.find(
			(property) =>
				property.name === 'nameContains' &&
				(resource === undefined || property.displayOptions?.show?.resource?.includes(resource)),
		)!;
		expect(field.description).toContain('Not case-sensitive');
		expect(field.description).toContain('the node filters the full list after receiving it');
	});
});

describe('resource locators', () => {
	const locatorsOf = (loaded: Loaded) =>
		loaded.description.properties.filter(
			(property) =>
				property.name in ID_PARAMETERS &&
				!NEW_VALUE_FIELDS.some(
					([nodeName, parameter, operation]) =>
						nodeName === loaded.name &&
						parameter === property.name &&
						property.displayOptions?.show?.operation?.includes(operation),
				),
		);

	it.each(ALL_NODES)('the resource locators of %s are named after what they select, not "… ID"', (name) => {
		const named = node(name)
			.description.properties.filter((property) => property.type === 'resourceLocator')
			.map((property) => property.displayName);
		expect(named.filter((displayName) => / ID$|Name$/.test(displayName))).toEqual([]);
	});

	it.each(Object.entries(ID_PARAMETERS))(
		'%s is a resource locator with list and id modes wherever it appears',
		(parameter, expected) => {
			for (const name of expected.nodes) {
				const loaded = node(name);
				const fields = locatorsOf(loaded).filter((property) => property.name === parameter);
				expect([name, fields.length > 0]).toEqual([name, true]);
				for (const field of fields) {
					expect(field.type).toBe('resourceLocator');
					expect(field.default).toEqual({ mode: 'list', value: expect.any(String) });
					// Optional where empty means the credential's account; required where an operation
					// must name its target (Account → Delete).
					const mustName = field.displayOptions?.show?.operation?.includes('delete') ?? false;
					const listOnly = LIST_ONLY_FIELDS.some(
						([nodeName, parameter, resource]) =>
							nodeName === name &&
							parameter === field.name &&
							(field.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
					);
					expect(Boolean(field.required)).toBe((!expected.optional || mustName) && !listOnly);
					expect(field.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
					const [list, id] = field.modes!;
					expect(list.type).toBe('list');
					expect(list.typeOptions).toEqual({ searchListMethod: expected.list, searchable: true });
					expect(id.type).toBe('string');
					expect(id.placeholder).toMatch(/^e\.g\. /);
					expect(typeof loaded.type.methods?.listSearch?.[expected.list]).toBe('function');
				}
			}
		},
	);

	it('the nodes that take these IDs have no plain field for them, except for new values', () => {
		// (The Feed node's `os` is a feed's attribution, not a platform ID: it is not in its list.)
		for (const loaded of nodes) {
			const plain = loaded.description.properties
				.filter(
					(property) =>
						ID_PARAMETERS[property.name]?.nodes.includes(loaded.name) && property.type !== 'resourceLocator',
				)
				.map((property) => [property.name, property.displayOptions?.show?.operation]);
			const allowed = NEW_VALUE_FIELDS.filter(([name]) => name === loaded.name).map(
				([, parameter, operation]) => [parameter, [operation]],
			);
			expect([loaded.name, plain]).toEqual([loaded.name, allowed]);
		}
	});

	it('every list method a node offers is used by one of its resource locators', () => {
		for (const loaded of nodes) {
			const used = new Set(
				loaded.description.properties
					.filter((property) => property.type === 'resourceLocator')
					.map((property) => property.modes?.[0].typeOptions?.searchListMethod),
			);
			expect([loaded.name, Object.keys(loaded.type.methods?.listSearch ?? {}).sort()]).toEqual([
				loaded.name,
				[...used].sort(),
			]);
		}
	});

	it.each(Object.entries(ID_PARAMETERS))(
		'a typed %s is checked by the editor where its format is known',
		(parameter, expected) => {
			for (const name of expected.nodes) {
				const loaded = node(name);
				for (const field of locatorsOf(loaded).filter((property) => property.name === parameter)) {
					const context = Object.fromEntries(
						Object.entries(field.displayOptions?.show ?? {}).map(([key, values]) => [key, values?.[0]]),
					) as INodeParameters;
					const issues = (value: string) => {
						const values = { ...context, [parameter]: { __rl: true, mode: 'id', value } };
						return (
							NodeHelpers.getParameterIssues(field, values, '', nodeOf(loaded, values), loaded.description)
								.parameters?.[parameter] ?? []
						);
					};
					expect(issues(expected.valid)).toEqual([]);
					expect(issues('={{ $json.anything }}')).toEqual([]);
					if (expected.invalid === undefined) {
						expect(field.modes?.[1].validation).toBeUndefined();
					} else {
						// Named as the field or as its typed-in mode ("By OS" → "OS").
						const [message] = issues(expected.invalid);
						const typedIn = String(field.modes?.[1].displayName).replace(/^By /, '');
						expect([field.displayName, typedIn].some((name) => message.includes(name))).toBe(true);
					}
				}
			}
		},
	);
});

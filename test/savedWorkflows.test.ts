import type { INodeParameters } from 'n8n-workflow';
import { useHarness } from './helpers';

const h = useHarness();

/**
 * Seven nodes gained a Resource selector (with one option). Workflows saved before have no `resource`
 * parameter, and the editor leaves it out of new ones too while it holds the default: both must run the
 * same requests and give the same items as a workflow that names the resource.
 */
const SAVED_BEFORE: Array<[string, string, INodeParameters]> = [
	['mParticleAccount', 'account', { operation: 'get' }],
	['mParticleAudience', 'audience', { operation: 'getAll', returnAll: true }],
	[
		'mParticleCalculatedAttribute',
		'calculatedAttribute',
		{ operation: 'getAll', workspaceId: '4302', returnAll: true },
	],
	[
		'mParticleFieldTransformation',
		'fieldTransformation',
		{ operation: 'getAll', workspaceId: '4302', returnAll: true },
	],
	['mParticleService', 'service', { operation: 'get', serviceName: 'Indicative' }],
	['mParticleUser', 'user', { operation: 'getAll', returnAll: true }],
	['mParticleWorkspace', 'workspace', { operation: 'getAll', returnAll: true }],
];

describe('workflows saved without a resource parameter', () => {
	it.each(SAVED_BEFORE)('%s runs as before', async (type, resource, parameters) => {
		const saved = await h.engine.runNode({ type, parameters });
		const sentBySaved = h.emulator.apiRequests().map(({ method, path, query }) => ({ method, path, query }));
		h.emulator.reset();
		const named = await h.engine.runNode({ type, parameters: { resource, ...parameters } });
		const sentByNamed = h.emulator.apiRequests().map(({ method, path, query }) => ({ method, path, query }));

		expect(saved.error).toBeUndefined();
		expect(saved.items.length).toBeGreaterThan(0);
		expect(saved.items).toEqual(named.items);
		expect(sentBySaved).toHaveLength(1);
		expect(sentBySaved).toEqual(sentByNamed);
	});
});

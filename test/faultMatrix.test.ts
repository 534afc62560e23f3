import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INodeParameters, NodeApiError } from 'n8n-workflow';
import type { Emulator } from '../emulator/server';
import { EMULATOR_ACCOUNT_ID } from '../emulator/store';
import { PACKAGE_ROOT } from '../harness/package';
import {
	FAULT_CASES,
	renderFaultOutcomes,
	tokenRequestsOf,
	type CreateOutcome,
	type FaultCase,
	type Outcome,
} from './faultOutcomes';
import { useHarness } from './helpers';
import { validDefinition } from './fixtures';

/*
 * Every fault case × every target has exactly the outcome of test/faultOutcomes.ts. An unhandled rejection
 * or uncaught exception during a case fails that case: jest fails a test in which one occurs.
 */
const h = useHarness();

/** One request of one node: a read, an idempotent write or a create. */
interface Target {
	node: string;
	label: string;
	method: 'GET' | 'PUT' | 'DELETE' | 'POST';
	/** The path the request goes to; a `{parameter}` in it is filled from the parameters. */
	path: string;
	/** The emulator's create counter of a POST route. */
	createRoute?: string;
	/**
	 * The GET with which the operation reads the object before it writes it back (Feed → Update: mParticle's
	 * PUT replaces the whole feed). Faults are injected into the write; the read is sent once before it.
	 */
	readsFirst?: string;
	/** The node's parameters; may seed what the request needs (e.g. an app to delete). */
	parameters: (emulator: Emulator) => INodeParameters;
}

let serial = 0;
const unique = (prefix: string) => `${prefix} ${Date.now()}-${++serial}`;

const CA_BASE = '/platform/v2/workspaces/4302/calculatedattributes';
const CA_DEFINITION = JSON.stringify(validDefinition());
const DISPOSABLE_APP = 'Disposable app';

/** An app without platforms (so mParticle lets it be deleted), put straight into the emulator's store. */
function seedDisposableApp(emulator: Emulator) {
	const id = emulator.store.nextId();
	emulator.store.apps.push({
		id,
		account_id: EMULATOR_ACCOUNT_ID,
		name: `${DISPOSABLE_APP} ${id}`,
		platforms: [],
		created_on: '2024-03-01T09:30:00',
		last_modified_on: '2024-03-01T09:30:00',
	});
	return id;
}

const TARGETS: Target[] = [
	{
		node: 'mParticleAccount',
		label: 'Account › Get',
		method: 'GET',
		path: '/v1/accounts/1001',
		parameters: () => ({ operation: 'get', accountId: '1001' }),
	},
	{
		node: 'mParticleAccount',
		label: 'Account › Update',
		method: 'PUT',
		path: '/v1/accounts/1002',
		parameters: () => ({ operation: 'update', accountId: '1002', name: 'Acme Staging' }),
	},
	{
		node: 'mParticleAccount',
		label: 'Account › Create',
		method: 'POST',
		path: '/v1/accounts',
		createRoute: 'POST /v1/accounts',
		parameters: () => ({ operation: 'create', name: unique('Fault account') }),
	},
	{
		node: 'mParticleApp',
		label: 'App › App › Get',
		method: 'GET',
		path: '/v1/apps/3001',
		parameters: () => ({ resource: 'app', operation: 'get', appId: '3001' }),
	},
	{
		node: 'mParticleApp',
		label: 'App › App › Delete',
		method: 'DELETE',
		path: '/v1/apps/{appId}',
		parameters: (emulator) => ({
			resource: 'app',
			operation: 'delete',
			appId: String(seedDisposableApp(emulator)),
		}),
	},
	{
		node: 'mParticleApp',
		label: 'App › App › Create',
		method: 'POST',
		path: '/v1/apps',
		createRoute: 'POST /v1/apps',
		parameters: () => ({
			resource: 'app',
			operation: 'create',
			name: unique('Fault app'),
			platforms: ['iOS'],
		}),
	},
	{
		node: 'mParticleFeed',
		label: 'Feed › Feed › Get',
		method: 'GET',
		path: '/v1/partnerfeeds/6001',
		parameters: () => ({ resource: 'feed', operation: 'get', feedId: '6001' }),
	},
	{
		node: 'mParticleFeed',
		label: 'Feed › Feed › Update',
		method: 'PUT',
		path: '/v1/workspace/4302/partnerfeeds/6001',
		readsFirst: '/v1/partnerfeeds/6001',
		parameters: () => ({
			resource: 'feed',
			operation: 'update',
			workspaceId: '4302',
			feedId: '6001',
			moduleName: 'Radar',
			name: 'Radar production',
			os: 'iOS',
		}),
	},
	{
		node: 'mParticleFeed',
		label: 'Feed › Feed › Create',
		method: 'POST',
		path: '/v1/workspace/4302/partnerfeeds',
		createRoute: 'POST /v1/workspace/{workspaceId}/partnerfeeds',
		parameters: () => ({
			resource: 'feed',
			operation: 'create',
			workspaceId: '4302',
			moduleName: 'Radar',
			name: unique('Fault feed'),
			os: 'Android',
		}),
	},
	{
		node: 'mParticleCalculatedAttribute',
		label: 'Calculated Attribute (v2) › Get',
		method: 'GET',
		path: `${CA_BASE}/7101`,
		parameters: () => ({ operation: 'get', workspaceId: '4302', calculatedAttributeId: '7101' }),
	},
	{
		node: 'mParticleCalculatedAttribute',
		label: 'Calculated Attribute (v2) › Update',
		method: 'PUT',
		path: `${CA_BASE}/7102`,
		parameters: () => ({
			operation: 'update',
			workspaceId: '4302',
			calculatedAttributeId: '7102',
			updateFields: { description: 'Last search, any time' },
		}),
	},
	{
		node: 'mParticleCalculatedAttribute',
		label: 'Calculated Attribute (v2) › Create',
		method: 'POST',
		path: CA_BASE,
		createRoute: 'POST /platform/v2/workspaces/{workspaceId}/calculatedattributes',
		parameters: () => ({
			operation: 'create',
			workspaceId: '4302',
			name: unique('Fault attribute'),
			definitionInput: 'json',
			definitionJson: CA_DEFINITION,
		}),
	},
];

const DOC = join(PACKAGE_ROOT, 'docs', 'fault-outcomes.md');
const targetList = () =>
	TARGETS.map(
		(target) =>
			`${target.label}: ${target.method} ${target.path}${target.readsFirst ? ` (after reading it with GET ${target.readsFirst})` : ''}`,
	);

/**
 * API cases start with the usual credential and a stored token (so they make no token request). Token cases
 * start without a token, each with its own API client: the credential remembers mParticle's refusal of a
 * Client ID and Secret for a while, so one case's injected 401 must not answer the next case.
 */
async function prepareCredential(faultCase: FaultCase) {
	const stored = h.engine.storedCredential()!;
	if (faultCase.on === 'token') {
		const clientId = `fault-client-${++serial}`;
		h.emulator.store.clients.set(clientId, {
			secret: h.emulator.clientSecret,
			accountIds: new Set([EMULATOR_ACCOUNT_ID, 1002]),
			permission: 'admin',
		});
		h.engine.setCredential({ ...stored, clientId, accessToken: '' });
		return;
	}
	if (stored.clientId !== h.emulator.clientId) {
		h.engine.setCredential({ ...stored, clientId: h.emulator.clientId, accessToken: '' });
	}
	if (h.engine.storedCredential()!.accessToken) return;
	const run = await h.engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll' } });
	expect(run.error).toBeUndefined();
}

afterEach(() => {
	// Apps the Delete cases seeded and did not delete (the delete failed): keep under the app limit.
	const { apps } = h.emulator.store;
	for (let index = apps.length - 1; index >= 0; index--) {
		if (apps[index].name.startsWith(DISPOSABLE_APP)) apps.splice(index, 1);
	}
});

describe.each(FAULT_CASES)('fault: $name', (faultCase) => {
	it.each(TARGETS)('$label ($method)', async (target) => {
		await prepareCredential(faultCase);
		h.emulator.reset();
		const parameters = target.parameters(h.emulator);
		const path = target.path.replace(/\{(\w+)\}/g, (_, name: string) => String(parameters[name]));
		const expected: Outcome | CreateOutcome =
			target.method === 'POST' ? faultCase.creates : faultCase.readsAndIdempotentWrites;
		const createdBefore = target.createRoute ? (h.emulator.store.creates.get(target.createRoute) ?? 0) : 0;
		h.emulator.fault(faultCase.inject(path, target.method));

		const started = Date.now();
		const run = await h.engine.runNode({
			type: target.node,
			parameters: {
				...parameters,
				...(faultCase.timeoutMs ? { requestOptions: { timeout: faultCase.timeoutMs } } : {}),
			},
		});
		const elapsed = Date.now() - started;

		const sent = h.emulator.apiRequests();
		// A token failure stops the read too; otherwise the read comes once, before the write.
		const readsToo = faultCase.on === 'api' || expected.result === 'succeeds';
		const read = target.readsFirst && readsToo ? [`GET ${target.readsFirst}`] : [];
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
			...read,
			...Array(expected.requests).fill(`${target.method} ${path}`),
		]);
		expect(h.emulator.tokenRequests()).toHaveLength(tokenRequestsOf(expected, faultCase.on));
		if (expected.result === 'succeeds') {
			expect(run.error).toBeUndefined();
			expect(run.items.length).toBeGreaterThan(0);
			expect(run.items.every((item) => !('error' in item))).toBe(true);
		} else {
			const error = run.error as NodeApiError;
			expect(error).toBeDefined();
			expect(error.message).toBe(expected.message?.replace('{tokenUrl}', h.emulator.tokenUrl));
			if (expected.httpCode) expect(error.httpCode).toBe(expected.httpCode);
			for (const text of expected.description ?? []) expect(error.description).toContain(text);
			if (target.method !== 'POST') expect(error.description ?? '').not.toContain('may have applied');
		}
		if (expected.waitsAtLeastMs) expect(elapsed).toBeGreaterThanOrEqual(expected.waitsAtLeastMs);

		if (target.createRoute) {
			const { created } = expected as CreateOutcome;
			const createdNow = () => (h.emulator.store.creates.get(target.createRoute!) ?? 0) - createdBefore;
			// A slow create is still carried out after the node gave up: wait until the emulator has done it.
			for (let waited = 0; faultCase.timeoutMs && createdNow() < created && waited < 5000; waited += 20) {
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			expect(createdNow()).toBe(created);
			// The request log still shows a single POST: nothing was sent again while the create was pending.
			expect(h.emulator.apiRequests()).toHaveLength(expected.requests);
		}
	});
});

describe('fault matrix', () => {
	it('docs/fault-outcomes.md is the table the matrix runs', () => {
		const rendered = renderFaultOutcomes(targetList());
		if (process.env.UPDATE_FAULT_OUTCOMES === '1') {
			mkdirSync(dirname(DOC), { recursive: true });
			writeFileSync(DOC, rendered);
		}
		expect(readFileSync(DOC, 'utf8')).toBe(rendered);
	});

	it('the README links to docs/fault-outcomes.md', () => {
		expect(readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8')).toContain('](docs/fault-outcomes.md)');
	});
});

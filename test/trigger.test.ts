import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { useHarness } from './helpers';

/**
 * The mParticle Trigger through n8n-core's poller (PollContext → TriggersAndPollers) against the emulator,
 * which the tests change between polls. Static data goes from one poll to the next as JSON, as n8n's
 * database keeps it, so what the trigger remembers survives a restart.
 */
const h = useHarness();

type Poll = Awaited<ReturnType<typeof h.engine.poll>>;

/** A trigger whose polls carry the static data on, as an active workflow's do. */
function trigger(parameters: INodeParameters) {
	let staticData: IDataObject = {};
	return {
		get staticData() {
			return staticData;
		},
		async poll(mode: 'trigger' | 'manual' = 'trigger'): Promise<Poll> {
			const result = await h.engine.poll(parameters, { mode, staticData });
			if (mode === 'trigger' && !result.error) staticData = result.staticData;
			return result;
		},
	};
}

const events = (poll: Poll) => (poll.items ?? []).map((item) => [item.event, item.id]);

/** The emulator's audience with this ID. */
const audience = (id: number) => h.emulator.store.audiences.find((candidate) => candidate.id === id)!;

function newAudience(id: number, name: string) {
	return { ...structuredClone(audience(7001)), id, name };
}

describe('mParticle Trigger', () => {
	it('records on the first poll and emits nothing, then reports each change exactly once', async () => {
		const audiences = trigger({ resource: 'audience' });
		const first = await audiences.poll();
		expect(first.error).toBeUndefined();
		expect(first.items).toBeNull();
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/audiences', query: { accountId: '1001' } }),
		]);

		h.emulator.store.audiences.push(newAudience(7201, 'Weekend Shoppers'));
		audience(7002).name = 'Top Customers';
		const gone = h.emulator.store.audiences.findIndex((audience) => audience.id === 7003);
		h.emulator.store.audiences.splice(gone, 1);

		const second = await audiences.poll();
		expect(second.error).toBeUndefined();
		expect(events(second)).toEqual([
			['changed', '7002'],
			['created', '7201'],
			['deleted', '7003'],
		]);
		const [changed, created, deleted] = second.items!;
		expect(changed).toMatchObject({ resource: 'audience', entity: { id: 7002, name: 'Top Customers' } });
		// Audiences are remembered by fingerprint only (there can be tens of thousands): no before values.
		expect(changed.changes).toBeUndefined();
		expect(created).toMatchObject({ resource: 'audience', entity: { id: 7201, name: 'Weekend Shoppers' } });
		expect(deleted).toEqual({
			event: 'deleted',
			resource: 'audience',
			id: '7003',
			entity: { name: 'TV Watchers' },
		});

		expect((await audiences.poll()).items).toBeNull();
	});

	it('ignores counts (an audience’s size) unless they are listed under Fields', async () => {
		const audiences = trigger({ resource: 'audience' });
		await audiences.poll();
		const counted = audience(7001);
		counted.size += 500;
		expect((await audiences.poll()).items).toBeNull();

		const sizes = trigger({ resource: 'audience', options: { fields: 'size' } });
		await sizes.poll();
		counted.size += 1;
		const poll = await sizes.poll();
		expect(poll.items).toEqual([
			expect.objectContaining({
				event: 'changed',
				id: '7001',
				changes: [{ field: 'size', before: counted.size - 1, after: counted.size }],
			}),
		]);
	});

	it('with Fields, fires Changed only for those fields and shows each value before and after', async () => {
		const audiences = trigger({ resource: 'audience', options: { fields: 'name, status' } });
		await audiences.poll();
		const renamed = audience(7002);
		const before = renamed.name;
		renamed.external_name = 'renamed_elsewhere';
		expect((await audiences.poll()).items).toBeNull();

		renamed.name = 'VIP Customers';
		const poll = await audiences.poll();
		expect(poll.items).toEqual([
			{
				event: 'changed',
				resource: 'audience',
				id: '7002',
				entity: expect.objectContaining({ name: 'VIP Customers', external_name: 'renamed_elsewhere' }),
				changes: [{ field: 'name', before, after: 'VIP Customers' }],
			},
		]);
	});

	it('reports only the events chosen', async () => {
		const deletions = trigger({ resource: 'audience', events: ['deleted'] });
		await deletions.poll();
		h.emulator.store.audiences.push(newAudience(7202, 'New One'));
		audience(7001).name = 'Changed';
		expect((await deletions.poll()).items).toBeNull();
		h.emulator.store.audiences.splice(
			h.emulator.store.audiences.findIndex((audience) => audience.id === 7202),
			1,
		);
		expect(events(await deletions.poll())).toEqual([['deleted', '7202']]);
	});

	it('shows what changed, before and after, for lists it keeps values of (workspaces)', async () => {
		const workspaces = trigger({ resource: 'workspace' });
		await workspaces.poll();
		const workspace = h.emulator.store.workspaces.find((candidate) => candidate.id === 4303)!;
		const before = workspace.name;
		workspace.name = 'Connected TV (EU)';
		const poll = await workspaces.poll();
		expect(poll.items).toEqual([
			{
				event: 'changed',
				resource: 'workspace',
				id: '4303',
				entity: expect.objectContaining({ id: '4303', name: 'Connected TV (EU)' }),
				changes: [{ field: 'name', before, after: 'Connected TV (EU)' }],
			},
		]);
		const removed = h.emulator.store.workspaces.splice(h.emulator.store.workspaces.indexOf(workspace), 1)[0];
		const deleted = await workspaces.poll();
		expect(deleted.items).toEqual([
			{
				event: 'deleted',
				resource: 'workspace',
				id: '4303',
				entity: expect.objectContaining({ id: '4303', name: 'Connected TV (EU)' }),
			},
		]);
		h.emulator.store.workspaces.push(removed);
	});

	it('reports a calculated attribute’s activation and, once, the end of its calculation', async () => {
		h.emulator.store.newCalculationPercent = 0;
		try {
			const attributes = trigger({
				resource: 'calculatedAttribute',
				workspaceId: { __rl: true, mode: 'id', value: '4302' },
				events: ['activated', 'calculationFinished'],
			});
			expect((await attributes.poll()).items).toBeNull();
			// The first poll asks for the calculation of the active attribute (7101) to know it is finished.
			expect(h.emulator.apiRequests().map((request) => request.path)).toEqual([
				'/platform/v2/workspaces/4302/calculatedattributes',
				'/platform/v2/workspaces/4302/calculatedattributes/7101/calculation',
			]);

			const activate = await h.engine.runNode({
				type: 'mParticleCalculatedAttribute',
				parameters: {
					operation: 'activate',
					workspaceId: { __rl: true, mode: 'id', value: '4302' },
					calculatedAttributeId: { __rl: true, mode: 'id', value: '7102' },
				},
			});
			expect(activate.error).toBeUndefined();
			h.emulator.reset();
			expect(events(await attributes.poll())).toEqual([['activated', '7102']]);
			// 7101's finished calculation is remembered: only 7102's status is asked.
			expect(h.emulator.apiRequests().map((request) => request.path)).toEqual([
				'/platform/v2/workspaces/4302/calculatedattributes',
				'/platform/v2/workspaces/4302/calculatedattributes/7102/calculation',
			]);

			const calculation = h.emulator.store.calculations.get(7102)!;
			calculation.calculation_percent_complete = 60;
			expect((await attributes.poll()).items).toBeNull();
			calculation.calculation_percent_complete = 100;
			const finished = await attributes.poll();
			expect(finished.items).toEqual([
				expect.objectContaining({
					event: 'calculationFinished',
					resource: 'calculatedAttribute',
					id: '7102',
					entity: expect.objectContaining({ name: 'Last search' }),
					calculation: expect.objectContaining({ is_calculated: true, calculation_percent_complete: 100 }),
				}),
			]);
			h.emulator.reset();
			expect((await attributes.poll()).items).toBeNull();
			expect(h.emulator.apiRequests()).toHaveLength(1);
		} finally {
			h.emulator.store.newCalculationPercent = 100;
		}
	});

	it.each([
		['429 beyond the longest wait', { status: 429, retryAfter: 3600 }],
		['500 on every try', { status: 500, retryAfter: 0, times: 20 }],
		['a dropped connection on every try', { reset: true, times: 20 }],
	])('a failed poll (%s) reports nothing and loses nothing', async (_, fault) => {
		const users = trigger({ resource: 'user' });
		await users.poll();
		const recorded = users.staticData;
		h.emulator.store.users.push({
			email: 'new.analyst@acme.com',
			first_name: 'New',
			last_name: 'Analyst',
			account_ids: [1001],
		});
		h.emulator.fault({ path: '/v1/users', ...fault });
		const failed = await users.poll();
		expect(failed.error).toBeDefined();
		expect(failed.items).toBeNull();
		expect(failed.staticData).toEqual(recorded);

		h.emulator.reset();
		expect(events(await users.poll())).toEqual([['created', 'new.analyst@acme.com']]);
		expect((await users.poll()).items).toBeNull();
		h.emulator.store.users.pop();
	});

	it('a manual run (Fetch Test Event) returns a recent entity and leaves the memory alone', async () => {
		const audiences = trigger({ resource: 'audience' });
		await audiences.poll();
		const recorded = audiences.staticData;
		audience(7001).name = 'Abandoned Carts';
		const manual = await audiences.poll('manual');
		expect(manual.error).toBeUndefined();
		expect(manual.items).toEqual([
			expect.objectContaining({ event: 'created', resource: 'audience', entity: expect.any(Object) }),
		]);
		expect(manual.staticData).toEqual(recorded);
		expect(events(await audiences.poll())).toEqual([['changed', '7001']]);
	});

	it('starts afresh when the node is set to watch another list', async () => {
		const apps = trigger({ resource: 'app' });
		await apps.poll();
		const otherAccount = await h.engine.poll(
			{ resource: 'app', accountId: { __rl: true, mode: 'id', value: '1002' } },
			{ staticData: apps.staticData },
		);
		expect(otherAccount.error).toBeUndefined();
		expect(otherAccount.items).toBeNull();
		expect(h.emulator.apiRequests().at(-1)).toMatchObject({ path: '/v1/apps', query: { accountId: '1002' } });
	});

	it.each([
		['account', {}, '/v1/accounts'],
		['app', {}, '/v1/apps'],
		['appPlatform', { appId: { __rl: true, mode: 'id', value: '3001' } }, '/v1/apps/3001/platforms'],
		['audience', { workspaceId: { __rl: true, mode: 'id', value: '4302' } }, '/v1/workspace/4302/audiences'],
		[
			'calculatedAttribute',
			{ workspaceId: { __rl: true, mode: 'id', value: '4302' } },
			'/platform/v2/workspaces/4302/calculatedattributes',
		],
		['dataPoint', { appId: { __rl: true, mode: 'id', value: '3001' } }, '/v1/apps/3001/datapoints'],
		['feed', { workspaceId: { __rl: true, mode: 'id', value: '4302' } }, '/v1/workspace/4302/partnerfeeds'],
		[
			'fieldTransformation',
			{ workspaceId: { __rl: true, mode: 'id', value: '4302' } },
			'/platform/v2/workspaces/4302/transformations',
		],
		['service', {}, '/v1/services'],
		['user', {}, '/v1/users'],
		['workspace', {}, '/v1/workspace'],
	])('watches %s through %s', async (resource, scope, path) => {
		const watcher = trigger({ resource, ...scope });
		const first = await watcher.poll();
		expect(first.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0]).toMatchObject({ method: 'GET', path });
		const entities = Object.keys(
			(watcher.staticData['node:mParticleTrigger'] as { entities: IDataObject }).entities,
		);
		expect(entities.length).toBeGreaterThan(0);
		const sample = await watcher.poll('manual');
		expect(sample.items).toEqual([expect.objectContaining({ resource, entity: expect.any(Object) })]);
		expect(entities).toContain(sample.items![0].id);
		expect((await watcher.poll()).items).toBeNull();
	});

	it('knows data points, which have no ID, by kind, event type, name and attribute', async () => {
		const dataPoints = trigger({ resource: 'dataPoint', appId: { __rl: true, mode: 'id', value: '3001' } });
		await dataPoints.poll();
		h.emulator.store.dataPoints.push({
			app_id: 3001,
			name: 'Purchase Completed',
			attribute_name: 'coupon',
			type: 'EventAttribute',
			event_type: 'transaction',
			created_on: '2024-05-01T00:00:00.000',
		});
		expect(events(await dataPoints.poll())).toEqual([
			['created', 'EventAttribute|transaction|Purchase Completed|coupon'],
		]);
		h.emulator.store.dataPoints.pop();
	});

	it.each([
		[{ resource: 'audience', events: [] }, 'Events is empty: choose at least one event to watch for'],
		[
			{ resource: 'feed', workspaceId: { __rl: true, mode: 'id', value: 'abc' } },
			'Workspace ID must be a whole number greater than 0, e.g. 1234 (got "abc")',
		],
		[{ resource: 'feed' }, 'Workspace ID is required'],
		[
			{ resource: 'app', accountId: { __rl: true, mode: 'id', value: '-3' } },
			'Account ID must be a whole number greater than 0, e.g. 1234 (got "-3")',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const poll = await h.engine.poll(parameters as INodeParameters);
		expect(poll.error?.message).toBe(message);
		expect(h.emulator.apiRequests()).toEqual([]);
	});

	it('fails with mParticle’s own message, as the other nodes do', async () => {
		const poll = await h.engine.poll({
			resource: 'calculatedAttribute',
			workspaceId: { __rl: true, mode: 'id', value: '9999' },
		});
		expect(poll.error).toMatchObject({ httpCode: '404' });
		expect(poll.staticData).toEqual({});
	});
});

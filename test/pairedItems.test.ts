import type { INodeExecutionData } from 'n8n-workflow';
import { useHarness } from './helpers';

/*
 * Continue On Fail with good and bad items mixed: every output item is paired with the input item it came
 * from, each error stays on its own item, and every good write reaches mParticle exactly once. Each item
 * addresses its own path, so a fault injected for one item's request cannot land on another's.
 */

const h = useHarness();
const paired = (output: INodeExecutionData[]) => output.map((item) => item.pairedItem);
const requestsTo = (method: string, path: string) =>
	h.emulator.apiRequests().filter((request) => request.method === method && request.path === path).length;

describe('Continue On Fail keeps every item paired with its input', () => {
	it('creates (POST): good, bad input, 404, 422, a 429 that recovers, a 503 that is not repeated', async () => {
		const { store } = h.emulator;
		const feed = () => {
			const id = store.nextId();
			store.feeds.push({
				id,
				workspace_id: 4302,
				module_name: 'Radar',
				name: `Paired feed ${id}`,
				os: 'iOS',
				is_debug: false,
				settings: [],
				created_on: '2024-03-01T09:30:00',
			});
			return id;
		};
		const [rateLimited, gatewayError, refused, good] = [feed(), feed(), feed(), feed()];
		const path = (feedId: number | string) => `/v1/partnerfeeds/${feedId}/subscriptions`;
		h.emulator.fault({ path: path(rateLimited), method: 'POST', status: 429, retryAfter: 0 });
		h.emulator.fault({ path: path(gatewayError), method: 'POST', status: 503 });
		const createdBefore = store.creates.get('POST /v1/partnerfeeds/{feedId}/subscriptions') ?? 0;
		const inputs = [
			{ feedId: 6001, configuration: 8002 },
			{ feedId: 'x', configuration: 8002 },
			{ feedId: 99, configuration: 8002 },
			{ feedId: refused, configuration: 8003 },
			{ feedId: rateLimited, configuration: 8001 },
			{ feedId: gatewayError, configuration: 8001 },
			{ feedId: good, configuration: 8002 },
		];

		const run = await h.engine.runNode({
			type: 'mParticleFeed',
			parameters: {
				resource: 'subscription',
				operation: 'create',
				feedId: '={{ $json.feedId }}',
				serviceConfigurationId: '={{ $json.configuration }}',
			},
			items: inputs.map((json) => ({ json })),
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		expect(paired(run.output)).toEqual(inputs.map((_, index) => ({ item: index })));
		const subscriptionOf = (feedId: number) =>
			store.feedSubscriptions.filter((subscription) => subscription.feed_id === feedId);
		const newest6001 = subscriptionOf(6001).at(-1)!;
		expect(run.items).toEqual([
			expect.objectContaining({ id: newest6001.id }),
			expect.objectContaining({
				error: 'Feed ID must be a whole number greater than 0, e.g. 1234 (got "x")',
			}),
			expect.objectContaining({ error: 'Feed 99 not found.' }),
			expect.objectContaining({ error: 'Service configuration not found in the feed’s workspace.' }),
			expect.objectContaining({ id: subscriptionOf(rateLimited)[0].id }),
			expect.objectContaining({ error: 'An internal error occurred. Please contact support.' }),
			expect.objectContaining({ id: subscriptionOf(good)[0].id }),
		]);
		// Under Continue On Fail the description travels with the message: the hint, and the warning that a
		// POST that failed after it was sent may have been applied.
		expect(run.items[2].details).toContain('Check the ID');
		expect(run.items[5].details).toContain('may have applied this request');

		expect(h.emulator.apiRequests().some((request) => request.path.includes('/x/'))).toBe(false);
		expect(requestsTo('POST', path(6001))).toBe(1);
		expect(requestsTo('POST', path(99))).toBe(1);
		expect(requestsTo('POST', path(refused))).toBe(1);
		expect(requestsTo('POST', path(rateLimited))).toBe(2);
		expect(requestsTo('POST', path(gatewayError))).toBe(1);
		expect(requestsTo('POST', path(good))).toBe(1);
		expect(h.emulator.apiRequests()).toHaveLength(7);
		expect((store.creates.get('POST /v1/partnerfeeds/{feedId}/subscriptions') ?? 0) - createdBefore).toBe(3);
		expect(subscriptionOf(rateLimited)).toHaveLength(1);
		expect(subscriptionOf(good)).toHaveLength(1);
		expect(subscriptionOf(gatewayError)).toHaveLength(0);
		expect(subscriptionOf(refused)).toHaveLength(0);
	});

	it('idempotent writes (PUT): good, bad input, 404, 422, a 503 that recovers', async () => {
		const { store } = h.emulator;
		const id = store.nextId();
		store.accounts.set(id, { id, name: 'Paired account', created_on: '', last_modified_on: '' });
		store.clients.get(h.emulator.clientId)!.accountIds.add(id);
		h.emulator.fault({ path: `/v1/accounts/${id}`, method: 'PUT', status: 503, retryAfter: 0 });
		const inputs = [
			{ account: '1001', name: 'Acme Production' },
			{ account: 'abc', name: 'Never sent' },
			{ account: '999', name: 'Nobody' },
			{ account: '1002', name: 'Acme Production' },
			{ account: String(id), name: 'Paired account, renamed' },
			{ account: '1002', name: '   ' },
		];

		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'update', accountId: '={{ $json.account }}', name: '={{ $json.name }}' },
			items: inputs.map((json) => ({ json })),
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		expect(paired(run.output)).toEqual(inputs.map((_, index) => ({ item: index })));
		expect(run.items).toEqual([
			{ success: true },
			expect.objectContaining({
				error: 'Account ID must be a whole number greater than 0, e.g. 1234 (got "abc")',
			}),
			expect.objectContaining({ error: 'Account 999 not found.' }),
			expect.objectContaining({ error: 'Account name is not unique.' }),
			{ success: true },
			expect.objectContaining({ error: 'Name is required' }),
		]);
		expect(requestsTo('PUT', '/v1/accounts/1001')).toBe(1);
		expect(requestsTo('PUT', '/v1/accounts/999')).toBe(1);
		expect(requestsTo('PUT', '/v1/accounts/1002')).toBe(1);
		expect(requestsTo('PUT', `/v1/accounts/${id}`)).toBe(2);
		expect(h.emulator.apiRequests()).toHaveLength(5);
		expect(store.accounts.get(id)?.name).toBe('Paired account, renamed');
		expect(store.accounts.get(1002)?.name).toBe('Acme Staging');
	});

	it('reads with several results per item: each result is paired with the item that asked', async () => {
		h.emulator.fault({ path: '/v1/apps/3002/platforms', status: 503, retryAfter: 0 });
		const inputs = [{ app: 3001 }, { app: 'x' }, { app: 9999 }, { app: 3002 }];
		const run = await h.engine.runNode({
			type: 'mParticleApp',
			parameters: { resource: 'platform', operation: 'getAll', appId: '={{ $json.app }}', returnAll: true },
			items: inputs.map((json) => ({ json })),
			continueOnFail: true,
		});

		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ application_id: 3001, os: 'iOS' }),
			expect.objectContaining({ application_id: 3001, os: 'Android' }),
			expect.objectContaining({ error: 'App ID must be a whole number greater than 0, e.g. 1234 (got "x")' }),
			expect.objectContaining({ error: 'App 9999 not found.' }),
			expect.objectContaining({ application_id: 3002, os: 'Roku' }),
		]);
		expect(paired(run.output)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(requestsTo('GET', '/v1/apps/3002/platforms')).toBe(2);
		expect(h.emulator.apiRequests()).toHaveLength(4);
	});

	it('a two-node workflow keeps the pairing from the last node back to its input', async () => {
		const run = await h.engine.runWorkflow(
			[
				{
					type: 'mParticleAccount',
					name: 'Accounts',
					parameters: { operation: 'get', accountId: '={{ $json.account }}' },
					continueOnFail: true,
				},
				{
					type: 'mParticleWorkspace',
					name: 'Workspaces',
					parameters: { operation: 'getAll', accountId: '={{ $json.id ?? "none" }}', returnAll: true },
					continueOnFail: true,
				},
			],
			[{ json: { account: 1001 } }, { json: { account: 999 } }, { json: { account: 1002 } }],
		);
		const output = run.data.resultData.runData.Workspaces[0].data!.main[0]!;
		// Account 999 fails in the first node; its error item reaches the second, which has no account ID.
		expect(output.map((item) => [item.pairedItem, item.json.name ?? item.json.error])).toEqual([
			[{ item: 0 }, 'Web and Mobile'],
			[{ item: 0 }, 'Connected TV'],
			[{ item: 1 }, 'Account ID must be a whole number greater than 0, e.g. 1234 (got "none")'],
			[{ item: 2 }, 'Staging'],
		]);
		const first = run.data.resultData.runData.Accounts[0].data!.main[0]!;
		expect(first.map((item) => [item.pairedItem, item.json.id ?? item.json.error])).toEqual([
			[{ item: 0 }, 1001],
			[{ item: 1 }, 'Account 999 not found.'],
			[{ item: 2 }, 1002],
		]);
	});
});

import type { Emulator } from '../emulator/server';
import { startCaptureServer } from '../harness/captureServer';
import type { RealN8n, WorkflowNode } from './realN8n';

const WORKFLOW_ID = 'e2etrigger0000001';
/** n8n's shortest poll interval: every minute, on the minute. */
const EVERY_MINUTE = { item: [{ mode: 'everyMinute' }] };
const WATCHES = [
	// Names only: renaming a workspace also changes the audiences that list it (they embed its name).
	{
		resource: 'audience',
		list: '/v1/audiences',
		id: '7002',
		events: ['created', 'changed', 'deleted'],
		options: { fields: 'name' },
		change: { field: 'name', before: 'High Value Customers', after: 'Top Customers' },
	},
	// Changes only: the new workspace below is for the example workflow.
	{
		resource: 'workspace',
		list: '/v1/workspace',
		id: '4303',
		events: ['changed'],
		options: {},
		change: { field: 'name', before: 'Connected TV', after: 'Connected TV (EU)' },
	},
];
/** The workspace created for the example workflows that the trigger starts (a new market). */
const NEW_WORKSPACE = { id: 4309, name: 'New market' };

/**
 * The mParticle Trigger in a running n8n (`n8n start`, the workflows published, so active): one trigger
 * watching audiences and one watching workspaces, every minute, each followed by an HTTP Request node that
 * posts the event and its execution's ID to a capture server, and the example workflows started by the
 * trigger (`examples`: a new workspace gets the standard calculated attributes). After the activation polls
 * have recorded the lists, the emulator renames an audience and a workspace and adds a workspace; the next
 * polls must start one execution each with one event, the example must create the calculated attributes in
 * the new workspace, and the polls after that nothing more.
 */
export async function triggerCase(
	n8n: RealN8n,
	emulator: Emulator,
	credential: object,
	examples: Array<{ name: string; nodes: unknown[]; connections: unknown }>,
): Promise<string[]> {
	const capture = await startCaptureServer();
	const problems: string[] = [];
	const nodes: Array<WorkflowNode & { id: string; position: [number, number] }> = [];
	const connections: Record<string, object> = {};
	for (const [row, watch] of WATCHES.entries()) {
		const trigger = `${watch.resource} changes`;
		const report = `report ${watch.resource} event`;
		nodes.push(
			{
				id: `trigger-${watch.resource}`,
				name: trigger,
				type: 'n8n-nodes-mparticle.mParticleTrigger',
				typeVersion: 1,
				position: [0, row * 200],
				parameters: {
					resource: watch.resource,
					events: watch.events,
					options: watch.options,
					pollTimes: EVERY_MINUTE,
				},
				credentials: { mParticleApi: credential },
			},
			{
				id: `report-${watch.resource}`,
				name: report,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [240, row * 200],
				parameters: {
					method: 'POST',
					url: `${capture.url}/events`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody:
						'={{ JSON.stringify({ execution: $execution.id, event: $json.event, resource: $json.resource, id: $json.id, changes: $json.changes }) }}',
					options: {},
				},
			},
		);
		connections[trigger] = { main: [[{ node: report, type: 'main', index: 0 }]] };
	}
	await n8n.importWorkflow({
		id: WORKFLOW_ID,
		name: 'mParticle Trigger: audiences and workspaces',
		nodes,
		connections,
		settings: {},
	} as never);
	await n8n.publishWorkflow(WORKFLOW_ID);
	for (const [index, example] of examples.entries()) {
		const id = `e2etriggerexample${index}`;
		await n8n.importWorkflow({ ...example, id } as never);
		await n8n.publishWorkflow(id);
	}
	emulator.reset();
	const server = await n8n.serve({ name: 'trigger' });
	try {
		const listed = (path: string) => emulator.apiRequests().filter((request) => request.path === path).length;
		// Activation polls once at once, to record the lists (the examples watch workspaces too).
		const activationPolls = { '/v1/audiences': 1, '/v1/workspace': 1 + examples.length };
		const activated = () => Object.entries(activationPolls).every(([list, count]) => listed(list) >= count);
		if (!(await until(activated, 90_000))) {
			return ['the trigger did not poll when the workflows were activated'];
		}
		await new Promise((resolve) => setTimeout(resolve, 3000));
		emulator.store.audiences.find((audience) => String(audience.id) === '7002')!.name =
			WATCHES[0].change.after;
		emulator.store.workspaces.find((workspace) => String(workspace.id) === '4303')!.name =
			WATCHES[1].change.after;
		emulator.store.workspaces.push({
			...NEW_WORKSPACE,
			account_id: emulator.accountId,
			created_on: new Date().toISOString().replace('Z', ''),
		});
		const created = () =>
			emulator.store.calculatedAttributes.filter((attribute) => attribute.workspace_id === NEW_WORKSPACE.id);
		const expectedCreates = examples.length > 0 ? 2 : 0;
		const reported = () => capture.received.length >= WATCHES.length && created().length >= expectedCreates;
		if (!(await until(reported, 150_000))) {
			problems.push(
				`after the changes, ${capture.received.length} event(s) reached the workflow's report and the new workspace has ${created().length} calculated attribute(s)`,
			);
		}
		// One more minute's polls must report nothing again (the audience list has one poller: its count
		// shows the next minute's polls).
		const audiencePolls = listed('/v1/audiences');
		await until(() => listed('/v1/audiences') > audiencePolls, 150_000);
		await new Promise((resolve) => setTimeout(resolve, 5000));

		const events = capture.received.map((request) => JSON.parse(request.body) as Record<string, unknown>);
		for (const watch of WATCHES) {
			const reported = events.filter((event) => event.resource === watch.resource);
			const expected = [
				{ event: 'changed', resource: watch.resource, id: watch.id, changes: [watch.change] },
			];
			const got = reported.map(({ event, resource, id, changes }) => ({ event, resource, id, changes }));
			if (JSON.stringify(got) !== JSON.stringify(expected)) {
				problems.push(
					`${watch.resource}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(reported)}`,
				);
			}
		}
		const names = created()
			.map((attribute) => attribute.name)
			.sort();
		if (
			examples.length > 0 &&
			JSON.stringify(names) !== JSON.stringify(['Last purchase, last 90 days', 'Purchases, last 30 days'])
		) {
			problems.push(`the new workspace's calculated attributes: ${JSON.stringify(names)}`);
		}
		const executions = new Set(events.map((event) => event.execution));
		if (executions.size !== events.length)
			problems.push(`events shared executions: ${JSON.stringify(events)}`);
		console.log(
			`       trigger: new workspace ${NEW_WORKSPACE.id} got ${JSON.stringify(names)}; ${events.map((event) => `execution ${event.execution}: ${event.resource} ${event.id} ${event.event}`).join('; ')}; polls of each list: ${WATCHES.map((watch) => `${watch.resource} ${listed(watch.list)}`).join(', ')}`,
		);
	} finally {
		await server.stop();
		await capture.close();
	}
	return problems;
}

async function until(condition: () => boolean, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return true;
}

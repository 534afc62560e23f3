import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { INodeExecutionData } from 'n8n-workflow';
import { credentialRecord, RealN8n, triggeredWorkflow, type WorkflowNode } from '../e2e/realN8n';
import { startEmulator, type Emulator } from '../emulator/server';
import { PACKAGE_NAME } from '../harness/package';

/** The bucket: at 50 requests per second, 2,000 gets need at least 39.6 s and 500 creates 9.6 s. */
const PER_SECOND = 50;
const BURST = 20;
const GETS = 2000;
const CREATES = 500;
const APP_ID = 3001;
const CREDENTIAL = { id: 'benchratelimited1', name: 'mParticle emulator, rate-limited' };

type Say = (line?: string) => void;

interface Measured {
	items: number;
	ms: number;
	output: INodeExecutionData[];
	failures: Map<string, number>;
	requests: number;
	admitted: number;
	refused: number;
	tokens: number;
	/** From the node's start to its first request, and from its first request to its last. */
	beforeFirstMs: number;
	requestsMs: number;
}

/**
 * "Rate-limited account": App → Get and App → Create in a real n8n against an emulator that limits API
 * requests with a token bucket, as mParticle does. Reports failed items, the time against the least the
 * bucket allows, the requests sent per item and, for creates, whether each was applied exactly once.
 */
export async function rateLimitedAccount(say: Say, number: number) {
	say(
		`\n${number}. Rate-limited account: the emulator admits ${PER_SECOND} API requests per second in bursts of ${BURST}` +
			`\n   (beyond that 429 with Retry-After; token requests are not limited), all items at once, Continue On Fail on`,
	);
	const started = performance.now();
	const emulator = await startEmulator();
	// Room for the measured creates and the unlimited run's.
	emulator.store.appLimit = emulator.store.apps.length + 2 * CREATES;
	emulator.rateLimit({ perSecond: PER_SECOND, burst: BURST });
	const n8n = await RealN8n.start();
	try {
		await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);

		const indexes = Array.from({ length: GETS }, (_, i) => ({ i }));
		const gets = await measure(n8n, emulator, 'benchratelimitget1', indexes, appGetNode());
		say(`   a) ${GETS} items of "App: Get"`);
		reportCommon(say, gets);
		reportUnlimited(say, await unlimited(n8n, emulator, 'benchunlimitedget1', indexes, appGetNode()));

		const tag = randomBytes(4).toString('hex');
		const names = Array.from({ length: CREATES }, (_, index) => `Bench ${tag} ${index}`);
		const appsBefore = emulator.store.creates.get('POST /v1/apps') ?? 0;
		const creates = await measure(
			n8n,
			emulator,
			'benchratelimitcreate1',
			names.map((name) => ({ name })),
			appCreateNode(),
		);
		say(`   b) ${CREATES} items of "App: Create", each with its own name`);
		reportCommon(say, creates);
		reportCreates(
			say,
			emulator,
			names,
			creates,
			(emulator.store.creates.get('POST /v1/apps') ?? 0) - appsBefore,
		);
		const otherNames = names.map((name) => ({ name: `${name} unlimited` }));
		reportUnlimited(
			say,
			await unlimited(n8n, emulator, 'benchunlimitedcreate1', otherNames, appCreateNode()),
		);
	} finally {
		n8n.close();
		await emulator.close();
	}
	say(`   section wall time, n8n's start and the imports included: ${fmt(performance.now() - started)} ms`);
}

/** Runs `measuredNode` in a real n8n on one item per entry of `inputs`, given by a Code node before it. */
async function measure(
	n8n: RealN8n,
	emulator: Emulator,
	id: string,
	inputs: object[],
	measuredNode: WorkflowNode,
): Promise<Measured> {
	const items = inputs.length;
	const itemsNode: WorkflowNode = {
		name: 'Items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return ${JSON.stringify(inputs)}.map((json) => ({ json }));` },
	};
	const measured: WorkflowNode = { ...measuredNode, name: 'Measured', onError: 'continueRegularOutput' };
	await n8n.importWorkflow(triggeredWorkflow(id, id, [itemsNode, measured]));
	// A full bucket, an empty log and counts from zero: every figure below is this run's.
	emulator.reset();
	const run = await n8n.execute(id);
	const task = run.data.resultData.runData.Measured?.[0];
	const output = task?.data?.main?.[0] ?? [];
	if (task?.error || output.length !== items) {
		throw new Error(`${id}: ${task?.error?.message ?? `${output.length} items out instead of ${items}`}`);
	}
	const failures = new Map<string, number>();
	for (const item of output) {
		const message = failureOf(item);
		if (message !== undefined) failures.set(message, (failures.get(message) ?? 0) + 1);
	}
	const counts = emulator.rateLimitCounts();
	const arrivals = emulator.apiRequests().map((request) => request.receivedAt);
	return {
		items,
		ms: task.executionTime,
		output,
		failures,
		requests: emulator.apiRequests().length,
		...counts,
		tokens: emulator.tokenRequests().length,
		beforeFirstMs: Math.min(...arrivals) - task.startTime,
		requestsMs: Math.max(...arrivals) - Math.min(...arrivals),
	};
}

/**
 * The same items with the emulator's limit off, right after the measured run: the time this n8n itself
 * needs for them, which no rate limit can beat.
 */
async function unlimited(
	n8n: RealN8n,
	emulator: Emulator,
	id: string,
	inputs: object[],
	node: WorkflowNode,
): Promise<Measured> {
	emulator.rateLimit(false);
	try {
		return await measure(n8n, emulator, id, inputs, node);
	} finally {
		emulator.rateLimit({ perSecond: PER_SECOND, burst: BURST });
	}
}

function reportUnlimited(say: Say, measured: Measured) {
	say(
		`      without the limit:   ${fmt(measured.ms)} ms for the same items in this n8n (its own time, for comparison)`,
	);
}

/** The error of an item that failed under Continue On Fail, as n8n's run record holds it. */
function failureOf(item: INodeExecutionData): string | undefined {
	if (item.error) return item.error.message;
	const error = item.json.error;
	if (error === undefined) return undefined;
	return typeof error === 'string' ? error : JSON.stringify(error);
}

function reportCommon(say: Say, measured: Measured) {
	const failed = [...measured.failures.values()].reduce((sum, count) => sum + count, 0);
	const leastMs = ((measured.items - BURST) / PER_SECOND) * 1000;
	say(`      failed items:        ${failed} of ${measured.items}   (goal 0)`);
	for (const [message, count] of measured.failures) say(`         ${count} × ${message}`);
	say(
		`      time:                ${fmt(measured.ms)} ms; the bucket's least (${measured.items} − ${BURST}) / ${PER_SECOND} per s = ${fmt(leastMs)} ms; ratio ${(measured.ms / leastMs).toFixed(2)}   (goal ≤ 1.25)`,
	);
	say(
		`                           of which ${fmt(measured.beforeFirstMs)} ms before the first request (n8n preparing the items), and ${fmt(measured.requestsMs)} ms from the first request to the last: ratio ${(measured.requestsMs / leastMs).toFixed(2)}`,
	);
	if (failed > 0)
		say(`         (items that failed gave up early, so the time is not comparable with the least)`);
	say(
		`      requests sent:       ${measured.requests} (${measured.admitted} admitted, ${measured.refused} refused with 429), ${(measured.requests / measured.items).toFixed(2)} per item   (goal ≤ 1.1)`,
	);
	say(`      token requests:      ${measured.tokens}`);
}

/** Each create applied exactly once: the apps in the emulator's store counted by the names the items gave. */
function reportCreates(say: Say, emulator: Emulator, names: string[], creates: Measured, applied: number) {
	const inStore = new Map<string, number>();
	for (const app of emulator.store.apps) inStore.set(app.name, (inStore.get(app.name) ?? 0) + 1);
	const missing = names.filter((name) => !inStore.has(name)).length;
	const duplicated = names.filter((name) => (inStore.get(name) ?? 0) > 1).length;
	const succeeded = new Set(
		creates.output.filter((item) => failureOf(item) === undefined).map((item) => String(item.json.name)),
	);
	const appliedButFailed = names.filter((name) => inStore.has(name) && !succeeded.has(name)).length;
	say(
		`      apps in the store:   ${names.length - missing} of ${names.length} names; missing ${missing}, duplicated ${duplicated}   (goal 0 and 0)`,
	);
	say(`      creates the emulator applied: ${applied}; applied but reported failed: ${appliedButFailed}`);
}

function appGetNode(): WorkflowNode {
	return {
		name: 'Measured',
		type: `${PACKAGE_NAME}.mParticleApp`,
		typeVersion: 1,
		parameters: {
			resource: 'app',
			operation: 'get',
			appId: { __rl: true, mode: 'id', value: String(APP_ID) },
		},
		credentials: { mParticleApi: CREDENTIAL },
	};
}

function appCreateNode(): WorkflowNode {
	return {
		name: 'Measured',
		type: `${PACKAGE_NAME}.mParticleApp`,
		typeVersion: 1,
		parameters: { resource: 'app', operation: 'create', name: '={{ $json.name }}', platforms: ['iOS'] },
		credentials: { mParticleApi: CREDENTIAL },
	};
}

function fmt(ms: number) {
	return ms.toLocaleString('en', { maximumFractionDigits: 0 });
}

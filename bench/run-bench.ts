import '../harness/environment';
import { execFile } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { request } from 'undici';
import {
	credentialRecord,
	httpRequestNode,
	RealN8n,
	triggeredWorkflow,
	type WorkflowNode,
} from '../e2e/realN8n';
import { startEmulator, type Emulator } from '../emulator/server';
import type { Audience } from '../emulator/store';
import { PACKAGE_NAME, PACKAGE_ROOT } from '../harness/package';
import { rateLimitedAccount } from './rateLimited';

const ITEMS = 2000;
const AUDIENCES = 100_000;
const APP_ID = 3001;
const CREDENTIAL = { id: 'benchcredential01', name: 'mParticle emulator' };
const run = promisify(execFile);
/** The sections, by the name `--only` takes (`npm run bench -- --only rate-limit`, or BENCH_ONLY=rate-limit). */
const SECTIONS = ['real-n8n', 'audiences', 'cold-load', 'rate-limit', 'trigger'];

type Say = (line?: string) => void;

/**
 * `npm run bench`: measures this package against what a user would use instead, side by side in one run,
 * and prints ratios. Needs a real n8n (installed once per machine by e2e/install-n8n.sh).
 */
async function main() {
	const wanted = chosenSections();
	const emulator = await startEmulator();
	const lines: string[] = [];
	const say = (line = '') => {
		lines.push(line);
		console.log(line);
	};
	say(
		`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
	);
	try {
		if (wanted.has('real-n8n')) await realN8nComparison(emulator, say);
		if (wanted.has('audiences')) await audiencesComparison(emulator, say);
		if (wanted.has('cold-load')) await coldLoad(say);
		if (wanted.has('rate-limit')) await rateLimitedAccount(say, 4);
		if (wanted.has('trigger')) await triggerPoll(emulator, say);
	} finally {
		await emulator.close();
	}
}

function chosenSections(): Set<string> {
	const flag = process.argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
	const only =
		flag < 0
			? process.env.BENCH_ONLY
			: process.argv[flag].startsWith('--only=')
				? process.argv[flag].slice('--only='.length)
				: process.argv[flag + 1];
	if (only === undefined || only === '') return new Set(SECTIONS);
	const names = only.split(',').map((name) => name.trim());
	const unknown = names.filter((name) => !SECTIONS.includes(name));
	if (unknown.length > 0) {
		throw new Error(`Unknown bench section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}.`);
	}
	return new Set(names);
}

/** Runs of each side of the real-n8n comparison (BENCH_RUNS to change it; at least 3). */
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
/** Connections of the raw baseline's keep-alive pool: bounded, as a well-written client's. */
const RAW_CONNECTIONS = 32;

interface Measured {
	wallMs: number;
	cpuMs: number;
	requests: number;
	tokens: number;
	credentialWrites: number;
}

async function realN8nComparison(emulator: Emulator, say: Say) {
	say(
		`\n1. ${ITEMS} items of "App: Get" in a real n8n, all items at once; ${RUNS} rounds, each side once per round, in this order`,
	);
	say(
		"   wall: the node's execution time in n8n's run record; CPU: the n8n process's user + system time (all threads,",
	);
	say(
		"   /proc/<pid>/stat, sampled every 5 ms) over that same interval; token writes: updates of the credential's row in",
	);
	say("   n8n's database (an SQLite trigger counts them)");
	const n8n = await RealN8n.start();
	try {
		await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);
		await n8n.sqlite(CREDENTIAL_WRITE_COUNTER);
		await importMeasured(n8n, 'benchappgetnode01', appGetNode());
		await importMeasured(n8n, 'benchhttprequest01', appGetHttpRequest(emulator));
		n8n.installCustomNodes(join(PACKAGE_ROOT, '.dev', 'bench', 'requestFloor.js'), [
			'RequestFloor',
			'CredentialFloor',
		]);
		await importMeasured(n8n, 'benchrequestfloor01', floorNode('requestFloor', emulator));
		await importMeasured(n8n, 'benchcredentialfloor1', floorNode('credentialFloor', emulator));
		const sides: Record<
			'empty' | 'ours' | 'expired' | 'floor' | 'credentialFloor' | 'http' | 'raw',
			Measured[]
		> = {
			empty: [],
			ours: [],
			expired: [],
			floor: [],
			credentialFloor: [],
			http: [],
			raw: [],
		};
		for (let round = 1; round <= RUNS; round++) {
			// The credential as first saved: no token stored.
			await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);
			sides.empty.push(await measuredRun(n8n, emulator, 'benchappgetnode01'));
			sides.ours.push(await measuredRun(n8n, emulator, 'benchappgetnode01'));
			// mParticle refuses the stored token from now on (as when it expires): one refresh in mid-run.
			emulator.tokens.expireAll();
			sides.expired.push(await measuredRun(n8n, emulator, 'benchappgetnode01'));
			sides.floor.push(await measuredRun(n8n, emulator, 'benchrequestfloor01'));
			sides.credentialFloor.push(await measuredRun(n8n, emulator, 'benchcredentialfloor1'));
			sides.http.push(await measuredRun(n8n, emulator, 'benchhttprequest01'));
			sides.raw.push(await rawRun(emulator));
			const show = (m: Measured) => `${m.wallMs.toFixed(0)} ms / ${m.cpuMs.toFixed(0)} ms CPU`;
			say(
				`   round ${round}: node, no token ${show(sides.empty[round - 1])}; node ${show(sides.ours[round - 1])}; node, token expired ${show(sides.expired[round - 1])}; floor ${show(sides.floor[round - 1])}; floor with credential ${show(sides.credentialFloor[round - 1])}; HTTP Request ${show(sides.http[round - 1])}; raw ${show(sides.raw[round - 1])}; load average ${loadAverage()}`,
			);
		}
		const wall = (side: Measured[]) => median(side.map((m) => m.wallMs));
		const cpu = (side: Measured[]) => median(side.map((m) => m.cpuMs));
		/** One figure of every run of a side, e.g. "1/1/1". */
		const each = (side: Measured[], figure: 'requests' | 'tokens' | 'credentialWrites') =>
			side.map((m) => m[figure]).join('/');
		const row = (label: string, side: Measured[], counts = true) => {
			const walls = side.map((m) => m.wallMs);
			const cpus = side.map((m) => m.cpuMs);
			say(
				`   ${label.padEnd(30)} wall ${fmt(median(walls))} ms [${fmt(Math.min(...walls))}–${fmt(Math.max(...walls))}]` +
					`   CPU ${fmt(median(cpus))} ms [${fmt(Math.min(...cpus))}–${fmt(Math.max(...cpus))}]` +
					`   CPU/item ${(median(cpus) / ITEMS).toFixed(2)} ms` +
					(counts
						? `   requests ${each(side, 'requests')}, token requests ${each(side, 'tokens')}, token writes ${each(side, 'credentialWrites')}`
						: ''),
			);
		};
		say('   medians [min–max] of the runs:');
		row('mParticle App node, no token', sides.empty);
		row('mParticle App node', sides.ours);
		row('App node, stored token expired', sides.expired);
		row("floor: n8n's request helper", sides.floor, false);
		row('floor: helper with credential', sides.credentialFloor, false);
		row('HTTP Request node', sides.http);
		row(`raw undici, pool of ${RAW_CONNECTIONS}`, sides.raw, false);
		const ratio = (a: number, b: number) => (a / b).toFixed(2);
		say(
			`   node / HTTP Request node:   CPU ${ratio(cpu(sides.ours), cpu(sides.http))} (goal ≤ 0.3)   wall ${ratio(wall(sides.ours), wall(sides.http))} (goal ≤ 0.5)`,
		);
		say(
			`   node / raw undici:          CPU ${ratio(cpu(sides.ours), cpu(sides.raw))}   wall ${ratio(wall(sides.ours), wall(sides.raw))}`,
		);
		say(
			`   HTTP Request node / raw:    CPU ${ratio(cpu(sides.http), cpu(sides.raw))}   wall ${ratio(wall(sides.http), wall(sides.raw))}`,
		);
		say(
			`   node, no token / node:      CPU ${ratio(cpu(sides.empty), cpu(sides.ours))} (goal ≤ 1.5)   wall ${ratio(wall(sides.empty), wall(sides.ours))}`,
		);
		say(
			`   node / floor with credential: CPU ${ratio(cpu(sides.ours), cpu(sides.credentialFloor))}   wall ${ratio(wall(sides.ours), wall(sides.credentialFloor))}`,
		);
		say(
			`   token writes per run:       no token ${each(sides.empty, 'credentialWrites')}, token expired ${each(sides.expired, 'credentialWrites')} (goal 1 each)`,
		);
		const perItem = (side: Measured[]) => (cpu(side) / ITEMS).toFixed(2);
		say(
			`   CPU per item: node ${perItem(sides.ours)} ms (goal ≤ 1.0); floor ${perItem(sides.floor)} ms; floor with credential ${perItem(sides.credentialFloor)} ms`,
		);
		say(
			`   (the floors are the least an n8n node can do: n8n's request helper alone, and with the credential; the node's`,
		);
		say(
			`   own part, n8n's declarative routing with the node's checks, retries, rate gate and pairing, is the difference)`,
		);
	} finally {
		n8n.close();
	}
}

/**
 * Counts writes of credentials in n8n's database: a table of one row per update of a credential's data,
 * filled by a trigger. n8n stores a token by updating its credential's row.
 */
const CREDENTIAL_WRITE_COUNTER = [
	'CREATE TABLE IF NOT EXISTS bench_credential_writes (at TEXT)',
	`CREATE TRIGGER IF NOT EXISTS bench_count_credential_writes AFTER UPDATE ON credentials_entity
	 WHEN OLD.data IS NOT NEW.data BEGIN INSERT INTO bench_credential_writes VALUES (datetime('now')); END`,
];

async function credentialWrites(n8n: RealN8n): Promise<number> {
	const [row] = await n8n.sqlite(['SELECT count(*) AS n FROM bench_credential_writes']);
	return Number(row.n);
}

async function importMeasured(n8n: RealN8n, id: string, measured: WorkflowNode) {
	const items: WorkflowNode = {
		name: 'Items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { i } }));` },
	};
	await n8n.importWorkflow(triggeredWorkflow(id, id, [items, { ...measured, name: 'Measured' }]));
}

async function measuredRun(n8n: RealN8n, emulator: Emulator, id: string): Promise<Measured> {
	emulator.reset();
	const writesBefore = await credentialWrites(n8n);
	const { run: result, cpuMsAt } = await n8n.executeMeasured(id);
	const task = result.data.resultData.runData.Measured?.[0];
	const out = task?.data?.main?.[0]?.length ?? 0;
	const failed = task?.data?.main?.[0]?.filter((item) => item.json.error !== undefined).length ?? 0;
	if (task?.error || out !== ITEMS || failed > 0)
		throw new Error(
			`${id}: ${task?.error?.message ?? `${out} items (${failed} failed) instead of ${ITEMS}`}`,
		);
	return {
		wallMs: task!.executionTime,
		cpuMs: cpuMsAt(task!.startTime + task!.executionTime) - cpuMsAt(task!.startTime),
		requests: emulator.apiRequests().length,
		tokens: emulator.tokenRequests().length,
		credentialWrites: (await credentialWrites(n8n)) - writesBefore,
	};
}

async function rawRun(emulator: Emulator): Promise<Measured> {
	const token = await fetchToken(emulator);
	emulator.reset();
	const target = JSON.stringify({
		url: emulator.url,
		path: `/v1/apps/${APP_ID}?accountId=${emulator.accountId}`,
		token,
	});
	const { ms, cpuMs } = (await child('rawClient.js', [target, String(ITEMS), String(RAW_CONNECTIONS)])) as {
		ms: number;
		cpuMs: number;
	};
	return { wallMs: ms, cpuMs, requests: emulator.apiRequests().length, tokens: 0, credentialWrites: 0 };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const fmt = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 0 });

function loadAverage(): string {
	return loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');
}

async function audiencesComparison(emulator: Emulator, say: Say) {
	say(`\n2. Get Many of ${AUDIENCES.toLocaleString('en')} audiences (each side in its own process)`);
	seedAudiences(emulator, AUDIENCES);
	const token = await fetchToken(emulator);
	const target = JSON.stringify({ ...targetOf(emulator), token });
	const node = await child('audiences.js', ['node', target]);
	const baseline = await child('audiences.js', ['baseline', target]);
	say(
		`   mParticle Audience node ${node.ms.toFixed(0).padStart(6)} ms   peak +${node.peakMb.toFixed(0)} MB   ${node.items} items`,
	);
	say(
		`   JSON.parse + one object ${baseline.ms.toFixed(0).padStart(6)} ms   peak +${baseline.peakMb.toFixed(0)} MB   ${baseline.items} items`,
	);
	say(`   ratio time:   ${(node.ms / baseline.ms).toFixed(2)}   (goal ≤ 2)`);
	say(`   ratio memory: ${(node.peakMb / baseline.peakMb).toFixed(2)}   (goal ≤ 3)`);
}

async function triggerPoll(emulator: Emulator, say: Say) {
	say(
		`\n5. mParticle Trigger watching ${AUDIENCES.toLocaleString('en')} audiences (one process, 3 runs each, alternating)`,
	);
	seedAudiences(emulator, AUDIENCES);
	const result = await child('triggerPoll.js', [JSON.stringify(targetOf(emulator))]);
	const runs = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
	say(
		`   Audience → Get Many     ${result.getManyMs.toFixed(0).padStart(6)} ms median (${runs(result.getManyRuns)})   ${result.items} items`,
	);
	say(
		`   trigger poll            ${result.pollMs.toFixed(0).padStart(6)} ms median (${runs(result.pollRuns)})   ${result.events} events`,
	);
	say(`   ratio poll / Get Many:  ${(result.pollMs / result.getManyMs).toFixed(2)}   (goal ≤ 2)`);
	say(`   memory kept between polls: ${(result.stateBytes / 2 ** 20).toFixed(2)} MB   (goal ≤ 4 MB)`);
}

async function coldLoad(say: Say) {
	say('\n3. Cold load in a fresh process');
	const load = await child('coldLoad.js', []);
	say(`   n8n-workflow (loaded by n8n anyway) ${load.workflowMs.toFixed(0)} ms`);
	say(`   credential + ${load.files - 1} nodes of this package  ${load.packageMs.toFixed(0)} ms`);
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

/**
 * One of the floor nodes (requestFloor.ts), installed as custom nodes: the same GET with the least a node
 * can do through n8n's request helper.
 */
function floorNode(name: 'requestFloor' | 'credentialFloor', emulator: Emulator): WorkflowNode {
	return {
		name: 'Measured',
		type: `CUSTOM.${name}`,
		typeVersion: 1,
		parameters: { url: `${emulator.url}/v1/apps/${APP_ID}` },
		credentials: { mParticleApi: CREDENTIAL },
	};
}

/** The same GET with n8n's HTTP Request node; the credential adds the account, as it does for the node. */
function appGetHttpRequest(emulator: Emulator): WorkflowNode {
	return httpRequestNode('Measured', `${emulator.url}/v1/apps/${APP_ID}`, CREDENTIAL);
}

async function fetchToken(emulator: Emulator) {
	const response = await request(emulator.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: emulator.clientId,
			client_secret: emulator.clientSecret,
			audience: emulator.audience,
			grant_type: 'client_credentials',
		}),
	});
	return ((await response.body.json()) as { access_token: string }).access_token;
}

function targetOf(emulator: Emulator) {
	const { url, tokenUrl, audience, clientId, clientSecret, accountId } = emulator;
	return { url, tokenUrl, audience, clientId, clientSecret, accountId };
}

async function child(script: string, args: string[]) {
	const { stdout } = await run(process.execPath, [join(PACKAGE_ROOT, '.dev', 'bench', script), ...args], {
		maxBuffer: 1 << 24,
	});
	return JSON.parse(stdout.trim().split('\n').pop()!);
}

function seedAudiences(emulator: Emulator, count: number) {
	const template = emulator.store.audiences[0];
	emulator.store.audiences.length = 0;
	for (let index = 0; index < count; index++) {
		emulator.store.audiences.push({
			...template,
			id: 100_000 + index,
			name: `Audience ${index}`,
		} as Audience);
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

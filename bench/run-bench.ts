import '../harness/environment';
import { execFile } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import type { IRun } from 'n8n-workflow';
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

async function realN8nComparison(emulator: Emulator, say: Say) {
	say(`\n1. ${ITEMS} items of "App: Get" in a real n8n, all items at once (best of 2 runs each)`);
	const n8n = await RealN8n.start();
	try {
		await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);
		// The first run of our node starts with an empty credential: it shows the token requests. Each side
		// then runs once more, alternating, and the faster of its two runs is reported.
		const oursFirst = await timeWorkflow(n8n, emulator, 'benchappgetnode01', appGetNode());
		const httpFirst = await timeWorkflow(n8n, emulator, 'benchhttprequest01', appGetHttpRequest(emulator));
		const oursAgain = await rerun(n8n, emulator, 'benchappgetnode01');
		const httpAgain = await rerun(n8n, emulator, 'benchhttprequest01');
		const ours = { ...oursFirst, ms: Math.min(oursFirst.ms, oursAgain.ms) };
		const http = { ...httpFirst, ms: Math.min(httpFirst.ms, httpAgain.ms) };
		const raw = await timeUndici(emulator);
		say(
			`   mParticle App node      ${ours.ms.toFixed(0).padStart(6)} ms   ${ours.requests} requests, ${ours.tokens} token request(s)`,
		);
		say(
			`   HTTP Request node       ${http.ms.toFixed(0).padStart(6)} ms   ${http.requests} requests, ${http.tokens} token request(s)`,
		);
		say(`   raw undici              ${raw.toFixed(0).padStart(6)} ms`);
		say(`   ratio node / HTTP Request node: ${(ours.ms / http.ms).toFixed(2)}   (goal ≤ 1.00)`);
		say(`   ratio node / raw undici:        ${(ours.ms / raw).toFixed(2)}`);
		say(`   token requests for the ${ITEMS} items: ${ours.tokens}   (goal 1)`);
	} finally {
		n8n.close();
	}
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

async function timeWorkflow(n8n: RealN8n, emulator: Emulator, id: string, measured: WorkflowNode) {
	const items: WorkflowNode = {
		name: 'Items',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: { jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { i } }));` },
	};
	await n8n.importWorkflow(triggeredWorkflow(id, id, [items, { ...measured, name: 'Measured' }]));
	return await rerun(n8n, emulator, id);
}

async function rerun(n8n: RealN8n, emulator: Emulator, id: string) {
	emulator.reset();
	const result: IRun = await n8n.execute(id);
	const task = result.data.resultData.runData.Measured?.[0];
	const out = task?.data?.main?.[0]?.length ?? 0;
	if (task?.error || out !== ITEMS)
		throw new Error(`${id}: ${task?.error?.message ?? `${out} items instead of ${ITEMS}`}`);
	return {
		ms: task!.executionTime,
		requests: emulator.apiRequests().length,
		tokens: emulator.tokenRequests().length,
	};
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

/** The same GET with n8n's HTTP Request node; the credential adds the account, as it does for the node. */
function appGetHttpRequest(emulator: Emulator): WorkflowNode {
	return httpRequestNode('Measured', `${emulator.url}/v1/apps/${APP_ID}`, CREDENTIAL);
}

async function timeUndici(emulator: Emulator) {
	const token = await fetchToken(emulator);
	const started = performance.now();
	await Promise.all(
		Array.from({ length: ITEMS }, async () => {
			const response = await request(`${emulator.url}/v1/apps/${APP_ID}?accountId=${emulator.accountId}`, {
				headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
			});
			const body = (await response.body.json()) as { data: object[] };
			return body.data[0];
		}),
	);
	return performance.now() - started;
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

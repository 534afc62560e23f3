import '../harness/environment';
import { Session } from 'node:inspector/promises';
import { credentialFor, Engine } from '../harness/engine';
import { startEmulator } from '../emulator/server';

/**
 * `npm run bench:profile`: where the CPU time of App → Get goes, per item, with the CPU profiler of this
 * process: 2,000 items through n8n-core's engine (the harness) to the emulator, three warm-up runs, then
 * three profiled ones. Prints the time per item by the code that spent it (the nearest package, or file of
 * this package, on the stack) and the inclusive time of the request path's functions. The emulator runs in
 * this process too, under `.dev/emulator`. For where time goes, not for figures to compare: the profiler
 * slows everything down, and `npm run bench` measures in a real n8n.
 */

const ITEMS = 2000;
const RUNS = 3;
const SAMPLING_INTERVAL_MICROSECONDS = 100;
const SHOWN = 40;

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

async function main() {
	const emulator = await startEmulator();
	try {
		const engine = await Engine.create(credentialFor(emulator));
		const items = Array.from({ length: ITEMS }, (_, index) => ({ json: { index } }));
		const appGets = async () => {
			const run = await engine.runNode({
				type: 'mParticleApp',
				parameters: { resource: 'app', operation: 'get', appId: { __rl: true, mode: 'id', value: '3001' } },
				items,
			});
			if (run.items.length !== ITEMS) throw new Error(run.error?.message ?? `${run.items.length} items`);
		};
		for (let run = 0; run < RUNS; run++) await appGets();
		const session = new Session();
		session.connect();
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_MICROSECONDS });
		await session.post('Profiler.start');
		for (let run = 0; run < RUNS; run++) await appGets();
		const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
		session.disconnect();
		report(profile);
	} finally {
		await emulator.close();
	}
}

/** Who owns a frame: a package by name (n8n-core and this package by file), else undefined (Node itself). */
function ownerOf(url: string): string | undefined {
	if (url === '' || url.startsWith('node:')) return undefined;
	const inPackage = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
	if (inPackage) {
		const file = inPackage[2].split('/').pop();
		return inPackage[1] === 'n8n-core' ? `n8n-core ${file}` : inPackage[1];
	}
	const own = url.match(/\/(dist|\.dev)\/(.*)$/);
	return own ? `${own[1]}/${own[2]}` : url;
}

function report(profile: Profile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parentOf = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
	const owners = new Map<string, number>();
	const inclusive = new Map<string, number>();
	const add = (map: Map<string, number>, key: string, microseconds: number) =>
		map.set(key, (map.get(key) ?? 0) + microseconds);
	profile.samples.forEach((leaf, index) => {
		const microseconds = profile.timeDeltas[index + 1] ?? 0;
		const leafFrame = byId.get(leaf)!.callFrame;
		let owner = leafFrame.url === '' && leafFrame.functionName.startsWith('(') ? leafFrame.functionName : '';
		const seen = new Set<string>();
		for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
			const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
			const where = ownerOf(url);
			owner ||= where ?? '';
			const name = `${functionName || '(anonymous)'} ${where ?? url}:${lineNumber + 1}`;
			if (!seen.has(name)) add(inclusive, name, microseconds);
			seen.add(name);
		}
		add(owners, owner || 'Node itself (sockets, streams, timers)', microseconds);
	});
	const perItem = (microseconds: number) => `${(microseconds / RUNS / ITEMS).toFixed(1).padStart(7)} µs`;
	const table = (map: Map<string, number>, wanted: (key: string) => boolean) =>
		[...map]
			.filter(([key]) => wanted(key))
			.sort((a, b) => b[1] - a[1])
			.slice(0, SHOWN)
			.map(([key, microseconds]) => `${perItem(microseconds)}  ${key}`)
			.join('\n');
	console.log(`CPU time per item of App → Get (${ITEMS} items, ${RUNS} profiled runs), by owner:`);
	console.log(table(owners, () => true));
	console.log("\nInclusive time per item of n8n's routing and this package's request path:");
	console.log(table(inclusive, (key) => /routing-node|dist\/(nodes|credentials)/.test(key)));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

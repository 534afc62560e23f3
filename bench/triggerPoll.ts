import '../harness/environment';
import { performance } from 'node:perf_hooks';
import { credentialFor, Engine, type Target } from '../harness/engine';

const RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The trigger's side of "a poll over 100,000 audiences": in one process, Audience → Get Many and a poll of the
 * mParticle Trigger watching those audiences (after a first poll recorded them, so nothing changed), each run
 * RUNS times alternating. Prints one JSON line: medians and every run in ms, the memory's size in bytes
 * (the static data n8n saves, as JSON), and what the last runs returned.
 */
async function main() {
	const target = JSON.parse(process.argv[2]) as Target;
	const engine = await Engine.create(credentialFor(target));
	await engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll', returnAll: true } });
	const parameters = { resource: 'audience' };
	const first = await engine.poll(parameters);
	if (first.error) throw first.error;
	const getMany: number[] = [];
	const poll: number[] = [];
	let items = 0;
	let events = 0;
	for (let run = 0; run < RUNS; run++) {
		let started = performance.now();
		const list = await engine.runNode({
			type: 'mParticleAudience',
			parameters: { operation: 'getAll', returnAll: true },
		});
		getMany.push(performance.now() - started);
		if (list.error) throw list.error;
		items = list.output.length;
		started = performance.now();
		const polled = await engine.poll(parameters, { staticData: first.staticData });
		poll.push(performance.now() - started);
		if (polled.error) throw polled.error;
		events = polled.items?.length ?? 0;
	}
	console.log(
		JSON.stringify({
			getManyMs: median(getMany),
			pollMs: median(poll),
			getManyRuns: getMany,
			pollRuns: poll,
			stateBytes: Buffer.byteLength(JSON.stringify(first.staticData)),
			items,
			events,
		}),
	);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

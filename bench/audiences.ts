import '../harness/environment';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { credentialFor, Engine, type Target } from '../harness/engine';

/**
 * One side of the "Get Many of 100,000 audiences" benchmark, run in its own process so its peak memory
 * is its own. `node`: the mParticle Audience node through n8n's engine. `baseline`: the same request,
 * JSON.parse and one object per entity, which is the least any client must do.
 * Prints one JSON line: { ms, peakMb, items }.
 */
async function main() {
	const [mode, targetJson] = process.argv.slice(2);
	const target = JSON.parse(targetJson) as Target & { token: string };
	let items = 0;
	let ms = 0;
	let before = 0;
	if (mode === 'node') {
		const engine = await Engine.create(credentialFor(target));
		await engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', returnAll: true },
		});
		before = process.memoryUsage().rss;
		const started = performance.now();
		const run = await engine.runNode({
			type: 'mParticleAudience',
			parameters: { operation: 'getAll', returnAll: true },
		});
		ms = performance.now() - started;
		if (run.error) throw run.error;
		items = run.output.length;
	} else {
		before = process.memoryUsage().rss;
		const started = performance.now();
		const response = await request(`${target.url}/v1/audiences?accountId=${target.accountId}`, {
			headers: { authorization: `Bearer ${target.token}`, accept: 'application/json' },
		});
		// Audience lists come as a bare array (documented) or in the envelope: accept both, as the node does.
		const body = JSON.parse(await response.body.text()) as object[] | { data: object[] };
		const built = (Array.isArray(body) ? body : body.data).map((entity) => ({ json: entity }));
		ms = performance.now() - started;
		items = built.length;
	}
	const peakMb = (process.resourceUsage().maxRSS * 1024 - before) / 2 ** 20;
	console.log(JSON.stringify({ ms, peakMb, items }));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

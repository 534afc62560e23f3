import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/**
 * The raw baseline of the real-n8n benchmark, in its own process so its CPU time is its own: the same GETs
 * as a well-written client sends them, through an undici keep-alive pool with bounded concurrency, with one
 * token. Prints one JSON line: { ms, cpuMs } (wall time and this process's user + system CPU time of the
 * requests, from `process.cpuUsage`).
 * Arguments: the JSON target { url, path, token }, the number of requests, the pool's connections.
 */
async function main() {
	const [targetJson, count, connections] = process.argv.slice(2);
	const { url, path, token } = JSON.parse(targetJson) as { url: string; path: string; token: string };
	const pool = new Pool(url, { connections: Number(connections), pipelining: 1 });
	const get = async () => {
		const response = await pool.request({
			method: 'GET',
			path,
			headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
		});
		const body = (await response.body.json()) as { data: object[] };
		if (response.statusCode !== 200 || body.data === undefined)
			throw new Error(`HTTP ${response.statusCode}`);
		return body.data;
	};
	await get(); // connects and warms up, as n8n's process is warm when its node runs
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	await Promise.all(Array.from({ length: Number(count) }, get));
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	await pool.close();
	console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000 }));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

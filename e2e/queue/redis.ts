import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrInstall } from '../debianPackages';
import { freePort } from '../processes';

const START_TIMEOUT_MS = 30_000;

/** A Redis server of this test's own: n8n's job queue. */
export interface Redis {
	port: number;
	stop(): Promise<void>;
}

/**
 * Starts Debian's redis-server (installed with apt-get when missing) as the current user on 127.0.0.1 and a
 * free port, saving nothing (its working folder is a temporary one), and waits until it answers PING.
 */
export async function startRedis(): Promise<Redis> {
	const server = await findOrInstall({
		packageName: 'redis-server',
		find: () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path)),
		by: 'queue',
	});
	const folder = mkdtempSync(join(tmpdir(), 'n8n-mparticle-redis-'));
	const port = await freePort();
	const child = spawn(
		server,
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000));
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	child.once('error', (error) => keep(Buffer.from(error.message)));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(kill);
		}
		rmSync(folder, { recursive: true, force: true });
	};
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (!(await answersPing(port))) {
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`redis-server did not start on port ${port}: ${output.slice(-1000)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { port, stop };
}

function answersPing(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.setTimeout(1000);
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.once('data', (data) => {
			socket.destroy();
			resolve(data.toString().startsWith('+PONG'));
		});
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', () => resolve(false));
	});
}

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { PACKAGE_ROOT } from '../harness/package';

/** Runs a command to its end and returns what it printed; rejects with the end of its stderr when it fails. */
export function run(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	stderr: 'capture' | 'inherit-stderr' = 'capture',
	cwd = PACKAGE_ROOT,
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', stderr === 'inherit-stderr' ? 'inherit' : 'pipe'],
		});
		let out = '';
		let err = '';
		child.stdout?.on('data', (chunk) => (out += chunk));
		child.stderr?.on('data', (chunk) => (err += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(out)
				: reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`)),
		);
	});
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

import { spawn } from 'node:child_process';

const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** Where a program was looked for, and the Debian package that brings it. */
export interface DebianProgram<T> {
	/** The Debian package to install when `find` finds nothing. */
	packageName: string;
	/** Looks for the program on this machine: its path (or paths), or undefined. */
	find(): T | undefined;
	/** Names the script in its progress line, e.g. "editor". */
	by: string;
	/** Ends the message shown when the program is missing and this process may not install it. */
	otherwise?: string;
}

/**
 * What `find` finds; when it finds nothing and this runs as root, installs the Debian package with apt-get
 * first (once per machine). Without root, fails with the command that installs it.
 */
export async function findOrInstall<T>({
	packageName,
	find,
	by,
	otherwise = '',
}: DebianProgram<T>): Promise<T> {
	const found = find();
	if (found !== undefined) return found;
	if (process.getuid?.() !== 0) {
		throw new Error(
			`${packageName} is not installed. Install it (Debian/Ubuntu: \`sudo apt-get install -y ${packageName}\`)${otherwise}.`,
		);
	}
	console.log(`${by}: installing Debian’s ${packageName} with apt-get (once per machine)`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	try {
		await aptGet(['install', '-y', packageName], env);
	} catch {
		// A fresh machine may have no package lists yet.
		await aptGet(['update'], env);
		await aptGet(['install', '-y', packageName], env);
	}
	const installed = find();
	if (installed === undefined) throw new Error(`apt-get installed ${packageName}, but it was not found`);
	return installed;
}

function aptGet(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		// Another apt-get (an unattended upgrade, a parallel job) may hold dpkg's lock for a while: wait for it.
		const child = spawn('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-3000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code === 0) resolve();
			else reject(new Error(`apt-get ${args.join(' ')} exited ${code}: ${output.slice(-1500)}`));
		});
	});
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/**
 * The path of a Chromium to drive: CHROMIUM_PATH, or one installed by the system's package manager.
 * When there is none and this runs as root, installs Debian's `chromium` with apt-get.
 */
export async function findOrInstallChromium(): Promise<string> {
	const given = process.env.CHROMIUM_PATH;
	if (given) {
		if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given} does not exist`);
		return given;
	}
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	if (process.getuid?.() !== 0) {
		throw new Error(
			'Chromium is not installed. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chrome or Chromium binary.',
		);
	}
	console.log('editor: installing Debian’s chromium with apt-get (once per machine)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	try {
		await aptGet(['install', '-y', 'chromium'], env);
	} catch {
		// A fresh machine may have no package lists yet.
		await aptGet(['update'], env);
		await aptGet(['install', '-y', 'chromium'], env);
	}
	const installed = CANDIDATES.find((path) => existsSync(path));
	if (!installed) throw new Error('apt-get installed chromium, but no chromium binary was found');
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

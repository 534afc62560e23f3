import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IRun } from 'n8n-workflow';
import type { Emulator } from '../emulator/server';
import { PACKAGE_NAME, PACKAGE_ROOT } from '../harness/package';
import { freePort, run } from './processes';

const CPU_SAMPLE_INTERVAL_MS = 5;
/** The kernel's clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's CPU times; 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

interface CpuSample {
	/** Wall-clock time of the sample, ms since the epoch. */
	at: number;
	/** The process's user + system CPU time so far, ms. */
	cpuMs: number;
}

/** User + system CPU time of a running process and all its threads (not its children), from the kernel, ms. */
function cpuMsOf(pid: number | undefined): number | undefined {
	if (pid === undefined) return undefined;
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The fields after the command name (which is in parentheses and may hold spaces): utime is the 14th
		// field of the line, stime the 15th.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
	} catch {
		return undefined;
	}
}

/** The CPU time up to `at`, interpolated between the samples around it. */
function cpuAt(samples: CpuSample[], at: number): number {
	if (samples.length === 0) return NaN;
	const after = samples.findIndex((sample) => sample.at >= at);
	if (after === -1) return samples[samples.length - 1].cpuMs;
	if (after === 0) return samples[0].cpuMs;
	const [a, b] = [samples[after - 1], samples[after]];
	return b.at === a.at ? b.cpuMs : a.cpuMs + ((b.cpuMs - a.cpuMs) * (at - a.at)) / (b.at - a.at);
}

/** How to run one long-lived n8n process (`n8n start` or `n8n worker`). */
export interface LaunchOptions {
	/** Names its log file (logs/<name>.log); default: the command. */
	name?: string;
	/** Environment variables for this process only, over the instance's. */
	environment?: NodeJS.ProcessEnv;
	/** How long to wait until it answers its readiness check. */
	timeoutMs?: number;
}

/**
 * A real n8n (the npm package, on the Node 24 it needs) with this package installed the way n8n
 * installs a community package, driven from its command line: import credentials and workflows, then
 * `n8n execute`, or `n8n start` for the editor (and `n8n worker` in queue mode). Used by the end-to-end tests,
 * the editor tests, the queue-mode test and the benchmark.
 */
export class RealN8n {
	private constructor(
		private readonly env: NodeJS.ProcessEnv,
		private readonly nodeBin: string,
		private readonly n8nBin: string,
		readonly folder: string,
	) {}

	/**
	 * Installs n8n once per machine (cached), then makes a fresh n8n user folder with the packed package in it.
	 * `settings` (n8n environment variables, e.g. another database or queue mode) apply to every command.
	 */
	static async start(settings: NodeJS.ProcessEnv = {}): Promise<RealN8n> {
		const envFile = (
			await run('bash', [join(PACKAGE_ROOT, 'e2e', 'install-n8n.sh')], {}, 'inherit-stderr')
		).trim();
		const installed = Object.fromEntries(
			[...readFileSync(envFile, 'utf8').matchAll(/^export (\w+)="([^"]*)"/gm)].map((match) => [
				match[1],
				match[2],
			]),
		);
		const folder = mkdtempSync(join(tmpdir(), 'n8n-mparticle-e2e-'));
		await installPackage(join(folder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME), folder);
		const env: NodeJS.ProcessEnv = {
			PATH: `${installed.PATH.split(':')[0]}:${process.env.PATH}`,
			HOME: folder,
			N8N_USER_FOLDER: folder,
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
			N8N_PYTHON_ENABLED: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_MODE: 'internal',
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			DB_TYPE: 'sqlite',
			// `n8n execute` logs the run as JSON at info level; the log file is the clean way to get it.
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'file',
			N8N_LOG_FORMAT: 'json',
			NO_PROXY: '127.0.0.1,127.0.0.2,localhost',
			...settings,
		};
		return new RealN8n(env, installed.N8N_NODE, installed.N8N_BIN, folder);
	}

	/**
	 * Adds node classes from a compiled module to n8n's custom-nodes folder (`~/.n8n/custom`), where n8n
	 * finds them as `CUSTOM.<name>`: one `<ClassName>.node.js` each, which n8n loads by its file name.
	 */
	installCustomNodes(modulePath: string, classNames: string[]) {
		const folder = join(this.folder, '.n8n', 'custom');
		mkdirSync(folder, { recursive: true });
		for (const className of classNames) {
			writeFileSync(
				join(folder, `${className}.node.js`),
				`module.exports = require(${JSON.stringify(modulePath)});\n`,
			);
		}
	}

	async importCredentials(credentials: unknown[]) {
		const file = join(this.folder, 'credentials.json');
		writeFileSync(file, JSON.stringify(credentials));
		await this.n8n('import-credentials', ['import:credentials', `--input=${file}`]);
	}

	async importWorkflow(workflow: { id: string }) {
		const file = join(this.folder, `workflow-${workflow.id}.json`);
		writeFileSync(file, JSON.stringify(workflow));
		await this.n8n(`import-${workflow.id}`, ['import:workflow', `--input=${file}`]);
	}

	/**
	 * Runs an imported workflow with `n8n execute` and returns n8n's record of this run. n8n appends to the
	 * log file of a workflow's executions (and rotates it at 16 MB), so the previous runs' file is removed
	 * first and only this run's record is read.
	 */
	async execute(workflowId: string): Promise<IRun> {
		return (await this.executeMeasured(workflowId, false)).run;
	}

	/**
	 * `execute`, and the n8n process's CPU time as its kernel counts it (`/proc/<pid>/stat`, user + system
	 * time of all its threads, in clock ticks), sampled every few milliseconds while it runs: `cpuMsAt(t)`
	 * gives the process's CPU time up to the wall-clock time t (ms since the epoch), so the CPU of one node's
	 * run is `cpuMsAt(start + executionTime) - cpuMsAt(start)` with the start and execution time of n8n's
	 * run record.
	 */
	async executeMeasured(
		workflowId: string,
		sampleCpu = true,
	): Promise<{ run: IRun; cpuMsAt: (epochMs: number) => number }> {
		const name = `execute-${workflowId}`;
		const file = this.logFile(name);
		rmSync(file, { force: true });
		const samples = await this.n8nSampled(name, ['execute', `--id=${workflowId}`, '--rawOutput'], sampleCpu);
		const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
		for (const line of log.split('\n')) {
			const message = line.startsWith('{') ? (JSON.parse(line) as { message?: string }).message : undefined;
			if (!message?.startsWith('{')) continue;
			const parsed = JSON.parse(message) as IRun;
			if (parsed.data?.resultData) return { run: parsed, cpuMsAt: (at) => cpuAt(samples, at) };
		}
		throw new Error(`n8n execute printed no run for workflow ${workflowId}; see ${file}`);
	}

	/**
	 * Runs SQL statements on n8n's SQLite database (the default DB_TYPE) with the Node n8n runs on
	 * (`node:sqlite`), while no n8n command runs; returns the rows of the last statement.
	 */
	async sqlite(statements: string[]): Promise<Array<Record<string, unknown>>> {
		const script = `
			const { DatabaseSync } = require('node:sqlite');
			const db = new DatabaseSync(process.argv[1]);
			const statements = JSON.parse(process.argv[2]);
			let rows = [];
			for (const sql of statements) rows = db.prepare(sql).all();
			db.close();
			process.stdout.write(JSON.stringify(rows));`;
		const out = await run(
			this.nodeBin,
			[
				'--no-warnings',
				'-e',
				script,
				join(this.folder, '.n8n', 'database.sqlite'),
				JSON.stringify(statements),
			],
			{},
		);
		return JSON.parse(out) as Array<Record<string, unknown>>;
	}

	/** Marks an imported workflow published, so that `n8n start` activates it (its webhooks answer). */
	async publishWorkflow(workflowId: string) {
		await this.n8n(`publish-${workflowId}`, ['publish:workflow', `--id=${workflowId}`]);
	}

	/**
	 * Runs `n8n start` (editor and REST API) on 127.0.0.1 and a free port, and waits until it answers.
	 * `stop()` ends it; call it in a `finally`.
	 */
	async serve(options: LaunchOptions = {}): Promise<N8nServer> {
		const port = await freePort();
		return this.launch(
			'start',
			options,
			{
				N8N_HOST: '127.0.0.1',
				N8N_PORT: String(port),
				N8N_PROTOCOL: 'http',
				N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
				N8N_SECURE_COOKIE: 'false',
			},
			`http://127.0.0.1:${port}`,
		);
	}

	/**
	 * Runs `n8n worker` (queue mode: `settings` must name the queue's Redis and a shared database) with its
	 * health server on 127.0.0.1 and a free port, and waits until it is ready to take jobs.
	 */
	async worker(options: LaunchOptions = {}): Promise<N8nServer> {
		const port = await freePort();
		return this.launch(
			'worker',
			options,
			{
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(port),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			},
			`http://127.0.0.1:${port}`,
		);
	}

	/** What one process logged so far (JSON lines), by the name its log file has. */
	log(name: string): string {
		return readFileSync(this.logFile(name), 'utf8');
	}

	private async launch(
		command: 'start' | 'worker',
		{ name = command, environment = {}, timeoutMs = 120_000 }: LaunchOptions,
		listen: NodeJS.ProcessEnv,
		url: string,
	): Promise<N8nServer> {
		mkdirSync(join(this.folder, 'logs'), { recursive: true });
		const env = {
			...process.env,
			...this.env,
			N8N_LOG_FILE_LOCATION: this.logFile(name),
			// Each process has its own task broker and event log, so that several can share the user folder.
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_EVENTBUS_LOGWRITER_LOGBASENAME: `n8nEventLog-${name}`,
			...listen,
			...environment,
		};
		const child = spawn(this.nodeBin, [this.n8nBin, command], {
			cwd: this.folder,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		let output = '';
		const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
		child.stdout?.on('data', keep);
		child.stderr?.on('data', keep);
		const server = new N8nServer(child, url);
		const deadline = Date.now() + timeoutMs;
		while (!(await server.ready())) {
			if (child.exitCode !== null || Date.now() > deadline) {
				await server.stop();
				throw new Error(
					`n8n ${command} ${child.exitCode !== null ? `exited ${child.exitCode}` : `did not answer within ${timeoutMs / 1000} s`}: ${output.slice(-1500)}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		return server;
	}

	/** Warnings and errors n8n logged while loading nodes (a package that fails to load shows here). */
	loadProblems(): string[] {
		return readdirSync(join(this.folder, 'logs'))
			.flatMap((file) => readFileSync(join(this.folder, 'logs', file), 'utf8').split('\n'))
			.filter((line) => /"level":"(warn|error)"/.test(line))
			.filter((line) =>
				/failed to load|unrecognized node type|unknown node type|could not be loaded|not installed/i.test(
					line,
				),
			)
			.map((line) => (JSON.parse(line) as { message: string }).message);
	}

	close() {
		rmSync(this.folder, { recursive: true, force: true });
	}

	private logFile(name: string) {
		return join(this.folder, 'logs', `${name}.log`);
	}

	/** One n8n command to its end (its failure is n8n's to report in the log), sampling its CPU time. */
	private async n8nSampled(name: string, args: string[], sampleCpu: boolean): Promise<CpuSample[]> {
		mkdirSync(join(this.folder, 'logs'), { recursive: true });
		const child = spawn(this.nodeBin, [this.n8nBin, ...args], {
			cwd: PACKAGE_ROOT,
			env: { ...process.env, ...this.env, N8N_LOG_FILE_LOCATION: this.logFile(name) },
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		child.stderr?.resume();
		const samples: CpuSample[] = [];
		const sample = () => {
			const ms = cpuMsOf(child.pid);
			if (ms !== undefined) samples.push({ at: Date.now(), cpuMs: ms });
		};
		const sampler = sampleCpu ? setInterval(sample, CPU_SAMPLE_INTERVAL_MS) : undefined;
		await new Promise<void>((resolve, reject) => {
			child.on('error', reject);
			child.on('exit', () => resolve());
		});
		clearInterval(sampler);
		return samples;
	}

	private async n8n(name: string, args: string[], allowFailure = false): Promise<string> {
		mkdirSync(join(this.folder, 'logs'), { recursive: true });
		const env = { ...this.env, N8N_LOG_FILE_LOCATION: this.logFile(name) };
		try {
			await run(this.nodeBin, [this.n8nBin, ...args], env);
		} catch (error) {
			if (!allowFailure) throw error;
		}
		return readFileSync(this.logFile(name), 'utf8');
	}
}

/** A running `n8n start` or `n8n worker`, at the URL of its HTTP server. */
export class N8nServer {
	constructor(
		private readonly child: ChildProcess,
		readonly url: string,
	) {}

	async ready(): Promise<boolean> {
		try {
			const response = await fetch(`${this.url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
			return response.ok;
		} catch {
			return false;
		}
	}

	/** Ends n8n and what it started (task runners): SIGTERM to its process group, SIGKILL after 10 s. */
	async stop(): Promise<void> {
		const { child } = this;
		if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		const signal = (name: NodeJS.Signals) => {
			try {
				process.kill(-child.pid!, name);
			} catch {
				// already gone
			}
		};
		signal('SIGTERM');
		const kill = setTimeout(() => signal('SIGKILL'), 10_000);
		let giveUp: NodeJS.Timeout | undefined;
		await Promise.race([exited, new Promise((resolve) => (giveUp = setTimeout(resolve, 15_000)))]);
		clearTimeout(kill);
		clearTimeout(giveUp);
	}
}

/** What n8n's community-package installer does: npm pack, unpack, drop dev and peer dependencies. */
async function installPackage(destination: string, scratch: string) {
	const packed = (
		await run(
			'npm',
			['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch],
			{},
			'inherit-stderr',
			PACKAGE_ROOT,
		)
	)
		.trim()
		.split('\n')
		.pop()!;
	const unpacked = join(scratch, 'unpacked');
	mkdirSync(unpacked, { recursive: true });
	await run('tar', ['-xzf', join(scratch, packed), '-C', unpacked]);
	mkdirSync(destination, { recursive: true });
	cpSync(join(unpacked, 'package'), destination, { recursive: true });
	const manifestPath = join(destination, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	delete manifest.devDependencies;
	delete manifest.peerDependencies;
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	rmSync(unpacked, { recursive: true, force: true });
}

/** An n8n credential export (for `n8n import:credentials`) pointing the mParticle API credential at the emulator. */
export function credentialRecord(emulator: Emulator, ref: { id: string; name: string }) {
	return {
		...ref,
		type: 'mParticleApi',
		data: {
			clientId: emulator.clientId,
			clientSecret: emulator.clientSecret,
			accountId: String(emulator.accountId),
			advancedSettings: true,
			baseUrl: emulator.url,
			tokenUrl: emulator.tokenUrl,
			audience: emulator.audience,
		},
	};
}

/** One node of a workflow to import: what `n8n import:workflow` needs, position and id aside. */
export interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: object;
	credentials?: object;
	/** A trigger that listens for calls (Webhook) needs one. */
	webhookId?: string;
	/** On Error: `continueRegularOutput` makes a failed item an output item holding `error`. */
	onError?: 'continueRegularOutput';
}

const MANUAL_TRIGGER: WorkflowNode = {
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	parameters: {},
};

/**
 * A workflow of a trigger, then `nodes` one after another. With the Manual Trigger (the default),
 * `n8n execute` can run it.
 */
export function triggeredWorkflow(
	id: string,
	name: string,
	nodes: WorkflowNode[],
	trigger: WorkflowNode = MANUAL_TRIGGER,
) {
	const all = [trigger, ...nodes];
	const connections: Record<string, object> = {};
	for (let index = 0; index + 1 < all.length; index++) {
		connections[all[index].name] = { main: [[{ node: all[index + 1].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name,
		nodes: all.map((node, index) => ({ id: `node${index}`, position: [index * 220, 0], ...node })),
		connections,
		settings: {},
	};
}

/** n8n's HTTP Request node calling `url` (GET) with the mParticle API credential as Predefined Credential Type. */
export function httpRequestNode(
	name: string,
	url: string,
	credential: { id: string; name: string },
): WorkflowNode {
	return {
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			url,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'mParticleApi',
			options: {},
		},
		credentials: { mParticleApi: credential },
	};
}

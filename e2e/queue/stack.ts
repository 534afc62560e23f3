import { startEmulator, type Emulator } from '../../emulator/server';
import { credentialRecord, RealN8n } from '../realN8n';
import { Teardown } from '../teardown';
import { startPostgres, type Postgres } from './postgres';
import { watchProcessTraffic, type ProcessTraffic } from './processTraffic';
import { startRedis } from './redis';
import { appGetWorkflow, CREDENTIAL, WEBHOOK_PATH, WORKFLOW_ID } from './workflow';

export const MAIN = 'main';
export const WORKERS = ['worker-1', 'worker-2'];
/**
 * Jobs a worker runs at once (n8n warns below 5). Low, so that the calls made at once spread over the workers
 * and two cores (CI's) keep up: at 5 jobs of 200 items each, a worker on a busy 2-core machine sometimes
 * waited more than n8n's 20 s for a database connection.
 */
export const WORKER_CONCURRENCY = 2;

/** n8n in queue mode: one main process and two workers sharing Redis and PostgreSQL, and the emulator. */
export interface QueueStack {
	emulator: Emulator;
	n8n: RealN8n;
	postgres: Postgres;
	/** The production URL of the workflow's webhook, on the main process. */
	webhookUrl: string;
	/** What each n8n process sent out, by process name (MAIN and WORKERS). */
	traffic: Record<string, ProcessTraffic>;
	close(): Promise<void>;
}

/**
 * Starts Redis, PostgreSQL and the emulator, imports the credential and the published workflow into the
 * shared database, then `n8n start` and the `n8n worker`s, each sending its HTTP requests through a proxy
 * of its own. `close()` ends everything started; it is also handed to `onStarting` at once, so that an
 * interrupted start can be cleaned up, and called before the error is thrown when starting fails.
 */
export async function startQueueStack(
	onStarting: (close: () => Promise<void>) => void = () => {},
): Promise<QueueStack> {
	const teardown = new Teardown('queue');
	const close = () => teardown.run();
	onStarting(close);
	try {
		// One after the other: each may need apt-get, which takes one install at a time.
		const redis = await startRedis();
		teardown.add(() => redis.stop());
		const postgres = await startPostgres();
		teardown.add(() => postgres.stop());
		const emulator = await startEmulator();
		teardown.add(() => emulator.close());
		const traffic: Record<string, ProcessTraffic> = {};
		for (const name of [MAIN, ...WORKERS]) {
			traffic[name] = await watchProcessTraffic(emulator.url);
			teardown.add(() => traffic[name].close());
		}

		const n8n = await RealN8n.start({
			...postgres.settings,
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
		});
		teardown.add(() => n8n.close());
		await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);
		await n8n.importWorkflow(appGetWorkflow());
		await n8n.publishWorkflow(WORKFLOW_ID);

		const main = await n8n.serve({ name: MAIN, environment: traffic[MAIN].environment });
		teardown.add(() => main.stop());
		const workers = await Promise.allSettled(
			WORKERS.map((name) =>
				n8n.worker({
					name,
					environment: {
						...traffic[name].environment,
						N8N_CONCURRENCY_PRODUCTION_LIMIT: String(WORKER_CONCURRENCY),
					},
				}),
			),
		);
		for (const worker of workers) if (worker.status === 'fulfilled') teardown.add(() => worker.value.stop());
		for (const worker of workers) if (worker.status === 'rejected') throw worker.reason;
		return {
			emulator,
			n8n,
			postgres,
			webhookUrl: `${main.url}/webhook/${WEBHOOK_PATH}`,
			traffic,
			close,
		};
	} catch (error) {
		await close();
		throw error;
	}
}

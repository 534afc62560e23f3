import type { Answer } from './calls';
import type { ExecutionRecord } from './executionRecords';

/** Each check returns its problems: none means it passed. */

/** Every call was answered with one item per item sent, each the app that item asked for. */
export function checkAnswers(answers: Answer[], items: number): string[] {
	return answers.flatMap(({ requested, items: got, problem }, index) => {
		const call = `call ${index + 1}`;
		if (problem !== undefined || got === undefined) return [`${call}: ${problem}`];
		if (got.length !== items) return [`${call}: ${got.length} items came back for ${items} sent`];
		const wrong = got.filter((item, position) => item.id !== requested[position]);
		return wrong.length === 0
			? []
			: [
					`${call}: ${wrong.length} items are not the app asked for, e.g. ${JSON.stringify(wrong[0]).slice(0, 200)}`,
				];
	});
}

/** What the processes' logs and proxies say about who ran the executions. */
export interface Queueing {
	calls: number;
	/** Execution IDs the main process put on the queue. */
	enqueued: string[];
	/** Execution IDs each worker ran, by worker name. */
	ranBy: Record<string, string[]>;
	/** Requests the main process sent to the emulator (tokens included). */
	mainRequests: number;
}

/** The main process put every execution on the queue and ran none; each ran once, on a worker; every worker had some. */
export function checkQueueing({ calls, enqueued, ranBy, mainRequests }: Queueing): string[] {
	const problems: string[] = [];
	if (enqueued.length !== calls) {
		problems.push(`the main process enqueued ${enqueued.length} executions for ${calls} calls`);
	}
	if (mainRequests > 0) problems.push(`the main process itself sent ${mainRequests} requests to mParticle`);
	const ran = Object.values(ranBy).flat();
	const unrun = enqueued.filter((id) => !ran.includes(id));
	if (unrun.length > 0) problems.push(`no worker ran executions ${unrun.join(', ')}`);
	const twice = ran.filter((id, index) => ran.indexOf(id) !== index);
	if (twice.length > 0) problems.push(`executions ${twice.join(', ')} ran more than once`);
	const idle = Object.keys(ranBy).filter((worker) => ranBy[worker].length === 0);
	if (idle.length > 0) problems.push(`${idle.join(' and ')} ran no execution`);
	return problems;
}

/** n8n's records in PostgreSQL: one per call, each a successful webhook execution. */
export function checkRecords(records: ExecutionRecord[], calls: number): string[] {
	const problems = records.length === calls ? [] : [`${records.length} execution records for ${calls} calls`];
	for (const { id, status, mode, errors } of records) {
		if (status !== 'success' || mode !== 'webhook') {
			problems.push(
				`execution ${id}: ${status} (${mode})${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`,
			);
		}
	}
	return problems;
}

/**
 * At most `perWorker` token requests from each worker (and at least one in all where a token was needed),
 * none from the main process, and every token request the emulator had came through a process's proxy
 * (so the count per process is complete).
 */
export function checkTokens(
	byProcess: Record<string, number>,
	main: string,
	emulatorCount: number,
	perWorker: 0 | 1,
): string[] {
	const problems: string[] = [];
	for (const [name, count] of Object.entries(byProcess)) {
		if (name === main && count > 0) problems.push(`the main process asked for ${count} tokens`);
		if (name !== main && count > perWorker) problems.push(`${name} asked for ${count} tokens`);
	}
	const total = Object.values(byProcess).reduce((sum, count) => sum + count, 0);
	if (total !== emulatorCount) {
		problems.push(`the emulator had ${emulatorCount} token requests, the processes' proxies saw ${total}`);
	}
	if (perWorker > 0 && total === 0) problems.push('no process asked for a token');
	return problems;
}

/** No client secret or issued token appears in what the n8n processes logged. */
export function checkNoSecrets(logs: Record<string, string>, secrets: string[]): string[] {
	return Object.entries(logs)
		.filter(([, log]) => secrets.some((secret) => log.includes(secret)))
		.map(([name]) => `the ${name} log holds a client secret or an access token`);
}

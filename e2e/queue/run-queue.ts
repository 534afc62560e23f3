import { callAtOnce } from './calls';
import { checkAnswers, checkNoSecrets, checkQueueing, checkRecords, checkTokens } from './checks';
import { enqueuedExecutions, startedExecutions } from './executionLogs';
import { executionRecords } from './executionRecords';
import { storeExpiredTokenFromElsewhere } from './expiredToken';
import type { ProcessTraffic } from './processTraffic';
import { MAIN, startQueueStack, WORKER_CONCURRENCY, WORKERS, type QueueStack } from './stack';
import { WORKFLOW_ID } from './workflow';

/** Webhook calls made at once per round: more than one worker takes at once, so each gets some. */
const CALLS = 2 * WORKER_CONCURRENCY;
const ITEMS = 200;
const SUITE_LIMIT_MS = 10 * 60_000;

interface Result {
	name: string;
	problems: string[];
}

/** One batch of calls at once. */
interface Round {
	name: string;
	/** Sets the credential's state before the calls. */
	before?: (stack: QueueStack) => Promise<void>;
	/** Token requests a worker may send: 1 where the token must be fetched, 0 where the stored one serves. */
	tokensPerWorker: 0 | 1;
}

const ROUNDS: Round[] = [
	{ name: 'first round (no token stored yet)', tokensPerWorker: 1 },
	{ name: 'second round (the stored token valid)', tokensPerWorker: 0 },
	{
		name: 'third round (the stored token expired)',
		before: storeExpiredTokenFromElsewhere,
		tokensPerWorker: 1,
	},
];

/**
 * `npm run test:queue`: n8n 2.41.1 in queue mode (a main process and two workers, Redis and PostgreSQL from
 * Debian's packages) with the packed package installed. Calls a webhook workflow running "App: Get" over
 * 200 items, 4 times at once, in three rounds (no token stored, the stored token valid, the stored token
 * expired), and checks that every item came back, that the workers ran every execution and the main process
 * none, and that each worker asked for a token at most once in a round that needed one, and never otherwise.
 * Prints one line per check, then "N passed, N failed"; exits non-zero when a check failed.
 */
async function main(): Promise<number> {
	const started = Date.now();
	const results: Result[] = [];
	let stopStack: (() => Promise<void>) | undefined;
	let cleaning: Promise<void> | undefined;
	const cleanUp = () => (cleaning ??= stopStack?.() ?? Promise.resolve());
	const abort = (reason: string) => {
		console.log(`FAIL ${reason}`);
		void cleanUp().finally(() => {
			console.log(
				`queue: ${passedCount(results)} passed, ${results.length - passedCount(results) + 1} failed`,
			);
			process.exit(1);
		});
	};
	const watchdog = setTimeout(
		() => abort(`the run did not finish within ${SUITE_LIMIT_MS / 60_000} minutes`),
		SUITE_LIMIT_MS,
	);
	process.once('SIGINT', () => abort('interrupted'));
	process.once('SIGTERM', () => abort('terminated'));

	try {
		const stack = await startQueueStack((stop) => (stopStack = stop));
		console.log(`queue: n8n main and ${WORKERS.length} workers ready after ${seconds(started)} s`);
		const tokens: Record<string, number[]> = Object.fromEntries([MAIN, ...WORKERS].map((name) => [name, []]));
		for (const round of ROUNDS) {
			const outcome = await runRound(stack, round);
			results.push(...outcome.results);
			for (const [name, count] of Object.entries(outcome.tokenRequests)) tokens[name].push(count);
		}

		const enqueued = enqueuedExecutions(stack.n8n.log(MAIN));
		const ranBy = Object.fromEntries(WORKERS.map((name) => [name, startedExecutions(stack.n8n.log(name))]));
		const mainTraffic = stack.traffic[MAIN];
		results.push({
			name: 'the main process enqueued every execution and ran none; each ran once, and every worker ran some',
			problems: checkQueueing({
				calls: CALLS * ROUNDS.length,
				enqueued,
				ranBy,
				mainRequests: mainTraffic.apiRequests + mainTraffic.tokenRequests,
			}),
		});
		results.push({
			name: 'PostgreSQL holds one successful webhook execution per call',
			problems: checkRecords(await executionRecords(stack.postgres, WORKFLOW_ID), CALLS * ROUNDS.length),
		});
		results.push({
			name: 'no client secret or access token in the n8n logs',
			problems: checkNoSecrets(
				Object.fromEntries([MAIN, ...WORKERS].map((name) => [name, stack.n8n.log(name)])),
				secretsOf(stack),
			),
		});

		console.log(
			`queue: ${MAIN}: enqueued ${enqueued.length} executions, sent ${mainTraffic.apiRequests} API requests${refusals(mainTraffic)}`,
		);
		for (const name of WORKERS) {
			const traffic = stack.traffic[name];
			console.log(
				`queue: ${name}: ran ${ranBy[name].length} executions, ${traffic.apiRequests} API requests, token requests per round: ${tokens[name].join(', ')}${refusals(traffic)}`,
			);
		}
	} catch (error) {
		results.push({ name: 'setting up and running', problems: [(error as Error).message] });
	} finally {
		clearTimeout(watchdog);
		await cleanUp();
	}
	for (const { name, problems } of results) {
		console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
		for (const problem of problems) console.log(`       ${problem}`);
	}
	const passed = passedCount(results);
	console.log(`\nqueue: ${seconds(started)} s`);
	console.log(`queue: ${passed} passed, ${results.length - passed} failed`);
	return passed === results.length ? 0 : 1;
}

/** Makes one round's calls at once and checks the answers and the token requests each process sent meanwhile. */
async function runRound(
	stack: QueueStack,
	round: Round,
): Promise<{ results: Result[]; tokenRequests: Record<string, number> }> {
	await round.before?.(stack);
	const before = tokenRequests(stack);
	const emulatorBefore = stack.emulator.tokenRequests().length;
	const started = Date.now();
	const answers = await callAtOnce(stack.webhookUrl, CALLS, ITEMS);
	console.log(`queue: ${round.name}: ${seconds(started)} s`);
	const after = tokenRequests(stack);
	const asked = Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - before[name]]));
	const expected =
		round.tokensPerWorker === 1
			? 'at most one token request per worker, none from the main process'
			: 'no token request';
	return {
		results: [
			{
				name: `${round.name}: ${CALLS} calls at once through the main process, every one of ${ITEMS} items came back`,
				problems: checkAnswers(answers, ITEMS),
			},
			{
				name: `${round.name}: ${expected}`,
				problems: checkTokens(
					asked,
					MAIN,
					stack.emulator.tokenRequests().length - emulatorBefore,
					round.tokensPerWorker,
				),
			},
		],
		tokenRequests: asked,
	};
}

/** Where else a process tried to go (refused by its proxy: the test reaches nothing outside this machine). */
function refusals(traffic: ProcessTraffic): string {
	return traffic.refused.length === 0 ? '' : `; refused: ${[...new Set(traffic.refused)].join(', ')}`;
}

/** Token requests so far, by process name. */
function tokenRequests(stack: QueueStack): Record<string, number> {
	return Object.fromEntries(
		Object.entries(stack.traffic).map(([name, traffic]) => [name, traffic.tokenRequests]),
	);
}

/** The client secret and every access token the emulator saw in use. */
function secretsOf(stack: QueueStack): string[] {
	const tokens = stack.emulator
		.apiRequests()
		.map((request) => /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1])
		.filter((token): token is string => token !== undefined);
	return [stack.emulator.clientSecret, ...new Set(tokens)];
}

function passedCount(results: Result[]) {
	return results.filter((result) => result.problems.length === 0).length;
}

function seconds(since: number) {
	return Math.round((Date.now() - since) / 1000);
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);

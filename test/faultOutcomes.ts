import type { Fault } from '../emulator/faults';
import { TOKEN_PATH } from '../emulator/server';

/**
 * The fault matrix: every fault the emulator can inject, with the ONE outcome each kind of request has.
 * test/faultMatrix.test.ts runs every case against a read, an idempotent write and a create of several
 * nodes, and checks that docs/fault-outcomes.md is this table rendered (`renderFaultOutcomes`).
 */

/** Text every create (POST) failure carries when the request may have been applied before it failed. */
export const MAY_HAVE_BEEN_APPLIED = 'mParticle may have applied this request before it failed';

export interface Outcome {
	result: 'succeeds' | 'fails';
	/** Requests that reach the API path (token requests are counted separately). */
	requests: number;
	/** The node error's message; `{tokenUrl}` stands for the credential's token URL. */
	message?: string;
	httpCode?: string;
	/** Texts the error description contains. */
	description?: string[];
	/** The node waited at least this long before its retry (a wait is the behaviour). */
	waitsAtLeastMs?: number;
	/** Token requests; by default 1 for a token case (the token starts empty) and 0 for an API case. */
	tokenRequests?: number;
}

export interface CreateOutcome extends Outcome {
	/** Entities the emulator created (each POST route counts its creates). */
	created: number;
	/** Whether the description warns that the request may have been applied and was not repeated. */
	warnsMayHaveBeenApplied?: boolean;
}

export interface FaultCase {
	name: string;
	/** What is injected, for the table. */
	fault: string;
	/** The fault for a request to `path` with `method`; token faults ignore both. */
	inject: (path: string, method: string) => Fault;
	/** Where the fault is injected: the API request, or the token request (then the token starts empty). */
	on: 'api' | 'token';
	/** The node's Timeout option (requestOptions.timeout), in ms. */
	timeoutMs?: number;
	/** GET, HEAD, PUT and DELETE: requests that are harmless to repeat. */
	readsAndIdempotentWrites: Outcome;
	/** POST: creates and actions, never repeated after a failure that may have applied them. */
	creates: CreateOutcome;
}

const SERVER_ERROR = 'An internal error occurred. Please contact support.';
const NOT_JSON_200 = 'mParticle sent a response that is not valid JSON (HTTP 200)';
const SOFT_FAILURE = 'Soft failure reported with HTTP 200.';
const TOKEN_500 = 'Could not obtain an mParticle access token (HTTP 500) (asked 3 times)';
const TOKEN_429 =
	'mParticle’s token service is rate limiting token requests (HTTP 429); it asked to wait 0 s (asked 3 times)';
const TOKEN_RESET =
	'Could not reach the mParticle token URL {tokenUrl}: the connection was dropped (asked 3 times)';
const REDIRECTED = 'The API redirected the request to another host, so it was stopped';
/** How much slower than the node's timeout the slow answer is. */
export const SLOW_ANSWER_MS = 400;

const retried = (extra: Partial<Outcome> = {}): Outcome => ({ result: 'succeeds', requests: 2, ...extra });
const fails = (message: string, extra: Partial<Outcome> = {}): Outcome => ({
	result: 'fails',
	requests: 1,
	message,
	...extra,
});
const notRepeated = (failure: Outcome): CreateOutcome => ({
	...failure,
	description: [...(failure.description ?? []), MAY_HAVE_BEEN_APPLIED],
	created: 0,
	warnsMayHaveBeenApplied: true,
});

export const FAULT_CASES: FaultCase[] = [
	{
		name: '429 with Retry-After',
		fault: 'HTTP 429 with `Retry-After: 0`, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 429, retryAfter: 0 }),
		readsAndIdempotentWrites: retried(),
		creates: { ...retried(), created: 1 },
	},
	{
		name: '429 without Retry-After',
		fault: 'HTTP 429 without Retry-After, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 429 }),
		readsAndIdempotentWrites: retried({ waitsAtLeastMs: 250 }),
		creates: { ...retried({ waitsAtLeastMs: 250 }), created: 1 },
	},
	{
		name: '500',
		fault: 'HTTP 500 with mParticle’s error envelope, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 500 }),
		readsAndIdempotentWrites: fails(SERVER_ERROR, {
			httpCode: '500',
			description: ['contact mParticle support'],
		}),
		creates: notRepeated(fails(SERVER_ERROR, { httpCode: '500' })),
	},
	{
		name: '502 (HTML page from a gateway)',
		fault: 'HTTP 502 with an HTML page, no Retry-After, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 502, body: 'html' }),
		readsAndIdempotentWrites: retried({ waitsAtLeastMs: 250 }),
		creates: notRepeated(
			fails('mParticle is unavailable (HTTP 502)', {
				httpCode: '502',
				description: ['Response was not JSON: 502 Bad Gateway'],
			}),
		),
	},
	{
		name: '503',
		fault: 'HTTP 503 with `Retry-After: 0`, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 503, retryAfter: 0 }),
		readsAndIdempotentWrites: retried(),
		creates: notRepeated(fails(SERVER_ERROR, { httpCode: '503' })),
	},
	{
		name: '504 (empty body)',
		fault: 'HTTP 504 with an empty body and `Retry-After: 0`, once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 504, retryAfter: 0, body: 'empty' }),
		readsAndIdempotentWrites: retried(),
		creates: notRepeated(fails('mParticle is unavailable (HTTP 504)', { httpCode: '504' })),
	},
	{
		name: 'connection reset',
		fault: 'the connection is dropped before any answer, once',
		on: 'api',
		inject: (path, method) => ({ path, method, reset: true }),
		readsAndIdempotentWrites: retried({ waitsAtLeastMs: 250 }),
		creates: notRepeated(
			fails('Could not reach mParticle: the connection was dropped', { description: ['ECONNRESET'] }),
		),
	},
	{
		name: 'slower than the timeout',
		fault: `the answer comes ${SLOW_ANSWER_MS} ms late; the node’s Timeout option is 100 ms`,
		on: 'api',
		timeoutMs: 100,
		inject: (path, method) => ({ path, method, latencyMs: SLOW_ANSWER_MS }),
		readsAndIdempotentWrites: fails('mParticle did not answer in time', { description: ['timed out'] }),
		// The emulator still carries the create out after the node gave up: applied once, never twice.
		creates: {
			...notRepeated(fails('mParticle did not answer in time', { description: ['timed out'] })),
			created: 1,
		},
	},
	{
		name: 'malformed JSON',
		fault: 'HTTP 200 with a cut-off JSON body',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 200, json: null, body: 'malformed' }),
		readsAndIdempotentWrites: fails(NOT_JSON_200, {
			httpCode: '200',
			description: ['Response starts with: {"data": [ {"id": 1,'],
		}),
		creates: notRepeated(fails(NOT_JSON_200, { httpCode: '200' })),
	},
	{
		name: 'HTML error page',
		fault: 'HTTP 200 with an HTML page instead of JSON (e.g. a proxy or maintenance page)',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 200, json: null, body: 'html' }),
		readsAndIdempotentWrites: fails(NOT_JSON_200, {
			httpCode: '200',
			description: ['Response starts with: 200 Bad Gateway'],
		}),
		creates: notRepeated(fails(NOT_JSON_200, { httpCode: '200' })),
	},
	{
		name: 'empty body where JSON was expected',
		fault: 'HTTP 200 with no body',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 200, json: undefined }),
		readsAndIdempotentWrites: fails('mParticle sent an empty response where data was expected (HTTP 200)', {
			httpCode: '200',
		}),
		creates: notRepeated(
			fails('mParticle sent an empty response where data was expected (HTTP 200)', { httpCode: '200' }),
		),
	},
	{
		name: '200 with errors',
		fault: 'HTTP 200 whose envelope has a non-empty `errors` array',
		on: 'api',
		inject: (path, method) => ({
			path,
			method,
			status: 200,
			json: { data: null, dataType: null, errors: [{ code: 'VALIDATION_ERROR', message: SOFT_FAILURE }] },
		}),
		readsAndIdempotentWrites: fails(SOFT_FAILURE, {
			httpCode: '200',
			description: [`VALIDATION_ERROR: ${SOFT_FAILURE}`],
		}),
		creates: notRepeated(
			fails(SOFT_FAILURE, { httpCode: '200', description: [`VALIDATION_ERROR: ${SOFT_FAILURE}`] }),
		),
	},
	{
		name: 'token endpoint 401',
		fault: 'the token request answers HTTP 401 (wrong Client ID or Secret)',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, status: 401 }),
		readsAndIdempotentWrites: fails(
			'mParticle rejected the Client ID or Client Secret (HTTP 401). Check both in the mParticle API credential.',
			{ requests: 0 },
		),
		creates: {
			...fails(
				'mParticle rejected the Client ID or Client Secret (HTTP 401). Check both in the mParticle API credential.',
				{ requests: 0 },
			),
			created: 0,
		},
	},
	{
		name: 'token endpoint 500, once',
		fault: 'the token request answers HTTP 500, once',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, status: 500 }),
		readsAndIdempotentWrites: { result: 'succeeds', requests: 1, tokenRequests: 2 },
		creates: { result: 'succeeds', requests: 1, tokenRequests: 2, created: 1 },
	},
	{
		name: 'token endpoint 500',
		fault: 'the token request answers HTTP 500, every time',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, status: 500, times: 10 }),
		readsAndIdempotentWrites: fails(TOKEN_500, { requests: 0, tokenRequests: 3 }),
		creates: { ...fails(TOKEN_500, { requests: 0, tokenRequests: 3 }), created: 0 },
	},
	{
		name: 'token endpoint 429',
		fault: 'the token request answers HTTP 429 with `Retry-After: 0`, every time',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, status: 429, retryAfter: 0, times: 10 }),
		readsAndIdempotentWrites: fails(TOKEN_429, { requests: 0, tokenRequests: 3 }),
		creates: { ...fails(TOKEN_429, { requests: 0, tokenRequests: 3 }), created: 0 },
	},
	{
		name: 'token endpoint malformed JSON',
		fault: 'the token request answers HTTP 200 with a cut-off JSON body',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, status: 200, json: null, body: 'malformed' }),
		readsAndIdempotentWrites: fails(
			'Could not obtain an mParticle access token (HTTP 200): the token response is not JSON',
			{ requests: 0 },
		),
		creates: {
			...fails('Could not obtain an mParticle access token (HTTP 200): the token response is not JSON', {
				requests: 0,
			}),
			created: 0,
		},
	},
	{
		name: 'token endpoint connection reset',
		fault: 'the token request’s connection is dropped, every time',
		on: 'token',
		inject: () => ({ path: TOKEN_PATH, reset: true, times: 10 }),
		readsAndIdempotentWrites: fails(TOKEN_RESET, {
			requests: 0,
			tokenRequests: 3,
			description: ['ECONNRESET'],
		}),
		creates: {
			...fails(TOKEN_RESET, { requests: 0, tokenRequests: 3, description: ['ECONNRESET'] }),
			created: 0,
		},
	},
	{
		name: 'redirect to another host',
		fault: 'HTTP 302 to an address on another host, once',
		on: 'api',
		inject: (path, method) => ({ path, method, redirectTo: `http://127.0.0.2:9${path}` }),
		readsAndIdempotentWrites: fails(REDIRECTED, { description: ['Domain not allowed'] }),
		creates: { ...fails(REDIRECTED, { description: ['Domain not allowed'] }), created: 0 },
	},
	{
		name: 'error that echoes the request',
		fault: 'HTTP 400 whose error repeats the request’s headers (the token among them), once',
		on: 'api',
		inject: (path, method) => ({ path, method, status: 400, echo: 'envelope' }),
		readsAndIdempotentWrites: fails('Bad request.', { httpCode: '400', description: ['Bearer [hidden]'] }),
		creates: { ...fails('Bad request.', { httpCode: '400', description: ['Bearer [hidden]'] }), created: 0 },
	},
];

export function tokenRequestsOf(outcome: Outcome, on: FaultCase['on']) {
	return outcome.tokenRequests ?? (on === 'token' ? 1 : 0);
}

function plural(count: number, word: string) {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function cell(outcome: Outcome | CreateOutcome, on: FaultCase['on']): string {
	const parts: string[] = [];
	if (outcome.result === 'succeeds') {
		parts.push(
			outcome.requests > 1
				? `retried${outcome.waitsAtLeastMs ? ' after a backoff' : ''}, then succeeds`
				: 'succeeds',
		);
	} else {
		const message = (outcome.message ?? '').replace('{tokenUrl}', '<token URL>');
		parts.push(`fails: “${message}”${outcome.httpCode ? ` (HTTP ${outcome.httpCode})` : ''}`);
	}
	parts.push(plural(outcome.requests, on === 'token' ? 'API request' : 'request'));
	const tokens = tokenRequestsOf(outcome, on);
	if (tokens > 0) parts.push(plural(tokens, 'token request'));
	if ('created' in outcome) {
		parts.push(outcome.created === 1 ? 'created once' : 'nothing created');
		if (outcome.warnsMayHaveBeenApplied) parts.push('not repeated; the error warns it may have been applied');
	}
	return parts.join(' · ');
}

/** The outcome table alone, as Markdown, for docs/fault-outcomes.md (which the README links). */
export function renderFaultTable(): string {
	const rows = FAULT_CASES.map(
		(fault, index) =>
			`| ${index + 1} | ${fault.name} | ${fault.fault} | ${cell(fault.readsAndIdempotentWrites, fault.on)} | ${cell(fault.creates, fault.on)} |`,
	);
	return ['| # | Case | Fault | GET, PUT, DELETE | POST |', '| --- | --- | --- | --- | --- |', ...rows].join(
		'\n',
	);
}

/** The content of docs/fault-outcomes.md. */
export function renderFaultOutcomes(targets: string[]): string {
	return [
		'# What the nodes do when mParticle fails',
		'',
		'<!-- Generated from test/faultOutcomes.ts; test/faultMatrix.test.ts fails when this file differs.',
		'     Regenerate with: UPDATE_FAULT_OUTCOMES=1 npx jest test/faultMatrix.test.ts -->',
		'',
		'Every case has one outcome, checked through n8n’s engine against the emulator for each of these requests:',
		'',
		...targets.map((target) => `- ${target}`),
		'',
		'Retries: a 429 is retried for every method (mParticle did not process the request), up to 10 times:',
		'every request of the credential then waits for `Retry-After` (up to 60 s; 1 s without one) and is paced',
		'(see Rate limits in the README). 502, 503, 504 and a dropped connection are retried only for GET, HEAD,',
		'PUT and DELETE, at most 3 times, backing off exponentially (500 ms base, with jitter). A POST is never',
		'sent again after a failure that may have applied it. A token request that fails with a 5xx, a 429 or a',
		'dropped connection is sent again, at most 3 times in all. Request counts are requests to the operation’s',
		'address.',
		'',
		renderFaultTable(),
		'',
	].join('\n');
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Faults, type Fault } from './faults';
import { RateLimit, withSuccessHeaders, type RateLimitCounts, type RateLimitSettings } from './rateLimit';
import { failure, Rejection } from './replies';
import { Router, type RecordedRequest, type Reply } from './router';
import { routeModules } from './routes';
import { EMULATOR_ACCOUNT_ID, EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, Store } from './store';
import { EMULATOR_AUDIENCE, TokenIssuer } from './tokens';

export const TOKEN_PATH = '/oauth/token';

export interface Emulator {
	/** API base URL, e.g. http://127.0.0.1:34567 */
	url: string;
	tokenUrl: string;
	audience: string;
	clientId: string;
	clientSecret: string;
	accountId: number;
	store: Store;
	faults: Faults;
	tokens: TokenIssuer;
	/** Every request received, in order (token requests included). */
	log: RecordedRequest[];
	/** Requests to the API only (token requests left out). */
	apiRequests(): RecordedRequest[];
	tokenRequests(): RecordedRequest[];
	fault(fault: Fault): void;
	/** Limits requests with a token bucket (see rateLimit.ts), or `false` to stop limiting. */
	rateLimit(settings: RateLimitSettings | false): void;
	/** Requests the rate limit admitted and refused since it was set or since `reset()`. */
	rateLimitCounts(): RateLimitCounts;
	/** Registers another API credential (Admin, same accounts as the default one), e.g. for a test that needs its own tokens. */
	addClient(): { clientId: string; clientSecret: string };
	/** Clears the log and the faults, starts the rate-limit counts again and fills its bucket. */
	reset(): void;
	close(): Promise<void>;
}

export async function startEmulator(options: { port?: number; store?: Store } = {}): Promise<Emulator> {
	const store = options.store ?? Store.seeded();
	const router = new Router();
	for (const register of routeModules) register(router, store);
	const tokens = new TokenIssuer(store);
	const faults = new Faults();
	const rateLimit = new RateLimit();
	const log: RecordedRequest[] = [];
	const sockets = new Set<Socket>();

	const server = createServer((incoming, outgoing) => {
		void handle(incoming, outgoing);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	async function handle(incoming: IncomingMessage, outgoing: ServerResponse) {
		const request = await record(incoming);
		log.push(request);
		const admission = rateLimit.admit(request.path === TOKEN_PATH);
		if (admission && 'refusal' in admission) {
			send(outgoing, admission.refusal);
			return;
		}
		const respond = (reply: Reply, shape?: Fault['body']) =>
			send(outgoing, admission ? withSuccessHeaders(reply, admission.successHeaders) : reply, shape);
		const fault = faults.take(request.method, request.path);
		if (fault?.latencyMs) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
		if (fault?.reset || fault?.resetAfterApplying) {
			if (fault.resetAfterApplying) answer(request);
			incoming.socket.destroy();
			return;
		}
		if (fault && 'json' in fault) {
			respond({ status: fault.status ?? 200, body: fault.json }, fault.body);
			return;
		}
		if (fault?.redirectTo) {
			send(outgoing, { status: fault.status ?? 302, headers: { Location: fault.redirectTo } }, 'empty');
			return;
		}
		if (fault?.echo) {
			send(outgoing, echoReply(fault, request), fault.echo === 'html' ? 'echo' : 'envelope');
			return;
		}
		if (fault?.status) {
			respond(faultReply(fault), fault.body);
			return;
		}
		respond(answer(request), fault?.body);
	}

	function answer(request: RecordedRequest): Reply {
		if (request.path === TOKEN_PATH && request.method === 'POST') return tokens.issue(request);
		if (request.body === invalidJson) return failure(400, 'Request body is not valid JSON.', 'BAD_REQUEST');
		const client = tokens.authorize(request);
		if (!client) return failure(401, 'Unauthorized', 'UNAUTHORIZED');
		const found = router.match(request.method, request.path);
		if (!found) return failure(404, `No endpoint ${request.path}.`, 'NOT_FOUND');
		if (found === 'method-not-allowed') return failure(405, `${request.method} is not supported here.`);
		const { route, params } = found;
		let accountId = 0;
		if (route.api === 'v1') {
			if (!request.query.accountId) return failure(401, 'Unauthorized', 'UNAUTHORIZED');
			accountId = Number(request.query.accountId);
			if (!client.accountIds.has(accountId) || !store.accounts.has(accountId)) {
				return failure(404, `Account ${request.query.accountId} not found.`, 'NOT_FOUND');
			}
		}
		if (client.permission !== 'admin' && request.method !== 'GET' && request.method !== 'HEAD') {
			return failure(403, 'Identity is not authorized to perform this action.', 'FORBIDDEN');
		}
		try {
			return route.handler({ request, params, accountId, client });
		} catch (error) {
			if (error instanceof Rejection) return error.reply;
			throw error;
		}
	}

	// A backlog for thousands of simultaneous connections: n8n sends every item of a node at once.
	await new Promise<void>((resolve) =>
		server.listen({ port: options.port ?? 0, host: '127.0.0.1', backlog: 4096 }, resolve),
	);
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		url,
		tokenUrl: `${url}${TOKEN_PATH}`,
		audience: EMULATOR_AUDIENCE,
		clientId: EMULATOR_CLIENT_ID,
		clientSecret: EMULATOR_CLIENT_SECRET,
		accountId: EMULATOR_ACCOUNT_ID,
		store,
		faults,
		tokens,
		log,
		apiRequests: () => log.filter((request) => request.path !== TOKEN_PATH),
		tokenRequests: () => log.filter((request) => request.path === TOKEN_PATH),
		fault: (fault) => faults.add(fault),
		rateLimit: (settings) => rateLimit.configure(settings),
		rateLimitCounts: () => ({ ...rateLimit.counts }),
		addClient() {
			const clientId = `client-${store.clients.size + 1}`;
			const template = store.clients.get(EMULATOR_CLIENT_ID)!;
			store.clients.set(clientId, {
				...template,
				secret: `${clientId}-secret`,
				accountIds: template.accountIds,
			});
			return { clientId, clientSecret: `${clientId}-secret` };
		},
		reset() {
			log.length = 0;
			faults.clear();
			rateLimit.reset();
		},
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

const invalidJson = Symbol('invalid JSON');

async function record(incoming: IncomingMessage): Promise<RecordedRequest> {
	const chunks: Buffer[] = [];
	for await (const chunk of incoming) chunks.push(chunk as Buffer);
	const rawBody = Buffer.concat(chunks).toString('utf8');
	const url = new URL(incoming.url ?? '/', 'http://emulator');
	let body: unknown;
	if (rawBody !== '') {
		try {
			body = JSON.parse(rawBody);
		} catch {
			body = invalidJson;
		}
	}
	return {
		method: incoming.method ?? 'GET',
		path: url.pathname,
		query: Object.fromEntries(url.searchParams),
		headers: incoming.headers,
		rawBody,
		body,
		receivedAt: Date.now(),
	};
}

function faultReply(fault: Fault): Reply {
	const reply = failure(fault.status ?? 500, faultMessage(fault.status ?? 500));
	if (fault.retryAfter !== undefined) {
		reply.headers = { 'Retry-After': String(fault.retryAfter) };
		if (fault.status === 429) reply.headers['X-mp-rate-limit-exceeded'] = 'account';
	}
	return reply;
}

/** An error that repeats the request back: its headers (Authorization included) and body. */
function echoReply(fault: Fault, request: RecordedRequest): Reply {
	const seen = Object.entries(request.headers)
		.map(([name, value]) => `${name}: ${String(value)}`)
		.join('; ');
	const echoed = `Request headers were ${seen}; body was ${request.rawBody}`;
	return {
		status: fault.status ?? 400,
		body: {
			data: null,
			dataType: null,
			errors: [
				{ code: 'BAD_REQUEST', message: 'Bad request.' },
				{ code: 'REQUEST', message: echoed },
			],
			request: { headers: request.headers, body: request.rawBody },
		},
	};
}

function faultMessage(status: number) {
	if (status === 429) return 'Too many requests.';
	if (status >= 500) return 'An internal error occurred. Please contact support.';
	return `Injected failure ${status}.`;
}

function send(outgoing: ServerResponse, reply: Reply, shape: Fault['body'] | 'echo' = 'envelope') {
	const headers: Record<string, string> = { ...reply.headers };
	let text = '';
	if (shape === 'malformed') {
		text = '{"data": [ {"id": 1, ';
		headers['Content-Type'] = 'application/json';
	} else if (shape === 'echo') {
		const { errors } = reply.body as { errors: Array<{ message: string }> };
		text = `<html><body><h1>Error ${reply.status}</h1><pre>${errors.map((error) => error.message).join('\n')}</pre></body></html>`;
		headers['Content-Type'] = 'text/html';
	} else if (shape === 'html') {
		text = `<html><head><title>${reply.status}</title></head><body><h1>Bad Gateway</h1></body></html>`;
		headers['Content-Type'] = 'text/html';
	} else if (shape !== 'empty' && reply.body !== undefined) {
		text = JSON.stringify(reply.body);
		headers['Content-Type'] = 'application/json';
	}
	outgoing.writeHead(reply.status, headers);
	outgoing.end(text);
}

import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TOKEN_PATH } from '../../emulator/server';

/** What one n8n process sent out, seen by a proxy of its own. */
export interface ProcessTraffic {
	/** Environment variables that send the process's HTTP requests through this proxy. */
	environment: NodeJS.ProcessEnv;
	tokenRequests: number;
	apiRequests: number;
	/** Addresses other than the emulator the process tried to reach; refused, never connected to. */
	refused: string[];
	close(): Promise<void>;
}

/**
 * A forward proxy for one n8n process that passes its requests on to the emulator and counts them. The
 * emulator sees only connections; through one proxy per process, each token request is known by the
 * process that sent it. Anything not for the emulator is refused (the test reaches nothing else).
 */
export async function watchProcessTraffic(emulatorUrl: string): Promise<ProcessTraffic> {
	const emulator = new URL(emulatorUrl);
	const sockets = new Set<Socket>();
	const server = createServer((incoming, outgoing) => forward(incoming, outgoing));
	const traffic = { tokenRequests: 0, apiRequests: 0, refused: [] as string[] };

	function forward(incoming: IncomingMessage, outgoing: ServerResponse) {
		const target = new URL(incoming.url ?? '/', 'http://invalid');
		if (target.origin !== emulator.origin) {
			traffic.refused.push(target.origin);
			outgoing.writeHead(502).end();
			return;
		}
		if (target.pathname === TOKEN_PATH) traffic.tokenRequests++;
		else traffic.apiRequests++;
		const upstream = request(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(outgoing);
		});
		upstream.on('error', () => outgoing.destroy());
		incoming.pipe(upstream);
	}

	server.on('connect', (incoming: IncomingMessage, socket: Socket) => {
		traffic.refused.push(`https://${incoming.url}`);
		socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return Object.assign(traffic, {
		// n8n reads both spellings; the test's own NO_PROXY (127.0.0.1) must not reach the process.
		environment: {
			HTTP_PROXY: url,
			http_proxy: url,
			HTTPS_PROXY: url,
			https_proxy: url,
			NO_PROXY: '',
			no_proxy: '',
		},
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	});
}

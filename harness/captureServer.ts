import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A server on another loopback address (127.0.0.2), standing for a host that is not mParticle: it answers
 * 200 `{}` and records what reached it (with the body), so a test can check that no token did.
 */
export async function startCaptureServer() {
	const received: Array<{ method: string; url: string; headers: IncomingHttpHeaders; body: string }> = [];
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const body = Buffer.concat(chunks).toString('utf8');
			received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
			response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
	return {
		url: `http://127.0.0.2:${(server.address() as AddressInfo).port}`,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

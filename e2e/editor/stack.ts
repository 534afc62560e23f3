import { startEmulator, type Emulator } from '../../emulator/server';
import { RealN8n, type N8nServer } from '../realN8n';
import { Teardown } from '../teardown';

/** The n8n owner the browser signs in as (n8n wants 8+ characters, a digit and a capital letter). */
export const OWNER = {
	email: 'owner@example.com',
	firstName: 'Editor',
	lastName: 'Tests',
	password: 'Editor-tests-2024',
};

/** What the editor tests run against: the emulator, and a real n8n serving its editor, with an owner. */
export interface Stack {
	emulator: Emulator;
	n8nUrl: string;
	close(): Promise<void>;
}

/**
 * Starts the emulator and `n8n start` (the cached n8n with the packed package installed, as in the e2e
 * tests), then creates the owner account through n8n's REST API. `close()` ends everything started; it is
 * also handed to `onStarting` at once, so that an interrupted start can be cleaned up, and called before
 * the error is thrown when starting fails.
 */
export async function startStack(
	onStarting: (close: () => Promise<void>) => void = () => {},
): Promise<Stack> {
	const teardown = new Teardown('editor');
	const close = () => teardown.run();
	onStarting(close);
	try {
		const emulator = await startEmulator();
		teardown.add(() => emulator.close());
		const n8n = await RealN8n.start();
		teardown.add(() => n8n.close());
		const server: N8nServer = await n8n.serve();
		teardown.add(() => server.stop());
		await setUpOwner(server.url);
		return { emulator, n8nUrl: server.url, close };
	} catch (error) {
		await close();
		throw error;
	}
}

async function setUpOwner(url: string) {
	const response = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(OWNER),
		signal: AbortSignal.timeout(15_000),
	});
	if (!response.ok) {
		throw new Error(
			`POST /rest/owner/setup answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
		);
	}
}

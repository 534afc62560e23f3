import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { startEmulator, type Emulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';
import { expectNoLeaks } from './helpers';

/** Fixtures that more than one test file uses. */

/**
 * A valid calculated attribute definition (mParticle's draft_definition), for Definition Input = JSON.
 * A new object each call, so a test may change its copy.
 */
export const validDefinition = () => ({
	recipe_type: 'event',
	datapoint: { type: 'event', event_type: 'custom_event', event_name: 'Add to Wishlist' },
	conditions: [{ type: 'string', operator: 'equals', attribute_name: 'category', value: 'shoes' }],
	calculation_type: 'count',
	time_period: { type: 'within', within: 7, within_unit: 'weeks' },
});

/**
 * A new engine (a new n8n credential with no token yet) with its own API client on the emulator: the
 * credential shares a new token with same-client callers for a minute, which would hide this engine's
 * token requests. The engine is added to `engines`, which the test file checks for leaked secrets.
 */
export async function engineWithOwnClient(
	emulator: Emulator,
	engines: Engine[],
	overrides: ICredentialDataDecryptedObject = {},
) {
	const engine = await Engine.create({ ...credentialFor(emulator), ...emulator.addClient(), ...overrides });
	engines.push(engine);
	return engine;
}

/**
 * For a test file whose tests each need a new engine (see engineWithOwnClient): one emulator for the file,
 * reset before each test, and, after the file, every engine's output checked for leaked secrets.
 */
export function useFreshEngines() {
	const engines: Engine[] = [];
	const files = {} as {
		emulator: Emulator;
		freshEngine: (overrides?: ICredentialDataDecryptedObject) => Promise<Engine>;
	};
	beforeAll(async () => {
		files.emulator = await startEmulator();
		files.freshEngine = (overrides = {}) => engineWithOwnClient(files.emulator, engines, overrides);
	});
	beforeEach(() => files.emulator.reset());
	afterAll(async () => {
		try {
			expectNoLeaks(files.emulator, engines);
		} finally {
			await files.emulator.close();
		}
	});
	return files;
}

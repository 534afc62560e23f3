import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { startEmulator, type Emulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';
import { expectNoLeaks } from './helpers';
import { tokenSource } from '../nodes/shared/credential/tokens';

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

/**
 * Stores in the engine's credential a token that this process did not obtain, as another n8n process or an
 * earlier run would have left it: only such a token can have expired by the time it is used (a token this
 * process obtained moments ago is known to be good, and is not replaced).
 */
export async function storeTokenFromElsewhere(engine: Engine, emulator: Emulator) {
	const credential = engine.storedCredential() ?? {};
	const response = await fetch(emulator.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: credential.clientId,
			client_secret: credential.clientSecret,
			audience: emulator.audience,
			grant_type: 'client_credentials',
		}),
	});
	const { access_token: accessToken } = (await response.json()) as { access_token: string };
	engine.setCredential({ ...credential, accessToken, tokenSource: tokenSource(credential) });
	return accessToken;
}

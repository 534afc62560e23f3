import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import type { Emulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';

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

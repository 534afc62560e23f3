import { startEmulator, type Emulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';
import { findLeaks } from './secretScan';

export interface Harness {
	emulator: Emulator;
	engine: Engine;
}

/**
 * A fresh emulator and engine for one test file; the credential starts without a token. After the file,
 * everything the engine produced (outputs, errors, credential test results) is checked for the client
 * secrets it was given and every token the emulator issued: a leak fails the file.
 */
export function useHarness(): Harness {
	const harness = {} as Harness;
	beforeAll(async () => {
		harness.emulator = await startEmulator();
		harness.engine = await Engine.create(credentialFor(harness.emulator));
	});
	beforeEach(() => harness.emulator.reset());
	afterAll(async () => {
		try {
			expectNoLeaks(harness.emulator, [harness.engine]);
		} finally {
			await harness.emulator.close();
		}
	});
	return harness;
}

/** Client secrets the engines were given and tokens the emulator issued must not appear in anything produced. */
export function expectNoLeaks(
	emulator: Emulator,
	engines: Engine[],
	extra: Array<{ label: string; value: unknown }> = [],
) {
	const secrets = [
		emulator.clientSecret,
		...emulator.tokens.allTokens(),
		...engines.flatMap((engine) => engine.secretsGiven()),
	];
	const sources = [
		...engines.flatMap((engine, index) =>
			engine.produced.map((value, run) => ({ label: `engine ${index + 1}, result ${run + 1}`, value })),
		),
		...extra,
	];
	const leaks = findLeaks(secrets, sources);
	if (leaks.length > 0) {
		throw new Error(`Secrets leaked:\n${leaks.map((leak) => `- ${leak.where}`).join('\n')}`);
	}
}

import { startEmulator, type Emulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';

export interface Harness {
	emulator: Emulator;
	engine: Engine;
}

/** A fresh emulator and engine for one test file; the credential starts without a token. */
export function useHarness(): Harness {
	const harness = {} as Harness;
	beforeAll(async () => {
		harness.emulator = await startEmulator();
		harness.engine = await Engine.create(credentialFor(harness.emulator));
	});
	beforeEach(() => harness.emulator.reset());
	afterAll(async () => {
		await harness.emulator.close();
	});
	return harness;
}

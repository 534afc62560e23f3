import { startEmulator } from '../emulator/server';
import { credentialFor, Engine } from '../harness/engine';
it('rate', async () => {
	const emulator = await startEmulator();
	emulator.store.appLimit = emulator.store.apps.length + 600;
	const engine = await Engine.create(credentialFor(emulator));
	await engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll' } });
	if (!process.env.NOLIMIT) emulator.rateLimit({ perSecond: 50, burst: 20 });
	const started = Date.now();
	const run = await engine.runNode({
		type: 'mParticleApp',
		parameters: { resource: 'app', operation: 'create', name: '={{ "App " + $json.i }}', platforms: ['iOS'] },
		items: Array.from({ length: 500 }, (_, i) => ({ json: { i } })),
		continueOnFail: true,
	});
	console.log(Date.now() - started, run.items.filter((i) => i.error).length, emulator.rateLimitCounts(), run.items.find(i=>i.error));
	await emulator.close();
}, 120000);

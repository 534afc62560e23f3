import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { MParticleApi } from '../credentials/MParticleApi.credentials';
import { TOKEN_PATH } from '../emulator/server';
import type { Engine } from '../harness/engine';
import { loadPackage } from '../harness/package';
import { useFreshEngines } from './fixtures';

/**
 * What the n8n editor relies on from the credential: the HTTP Request node can offer it, its test checks the
 * values as they are now and says what is wrong, and a changed secret is never covered by an older token.
 */

const files = useFreshEngines();
const freshEngine = (overrides: ICredentialDataDecryptedObject = {}) => files.freshEngine(overrides);

const workspaces = (engine: Engine) =>
	engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll', returnAll: true } });
const change = (engine: Engine, values: ICredentialDataDecryptedObject) =>
	engine.setCredential({ ...engine.storedCredential()!, ...values });

describe('the credential in the editor', () => {
	it('keeps `authenticate` in the spread copy n8n serves, so the HTTP Request node offers it', async () => {
		const loaded = (await loadPackage()).credentialTypes.get('mParticleApi')!;
		for (const served of [{ ...new MParticleApi() }, { ...loaded }]) {
			expect(typeof (served as { authenticate?: unknown }).authenticate).toBe('function');
		}
	});
});

describe('a changed Client Secret', () => {
	it('set to a wrong value: the next run asks for a new token and fails clearly, the old token is not used', async () => {
		const engine = await freshEngine();
		expect((await workspaces(engine)).error).toBeUndefined();
		files.emulator.reset();

		change(engine, { clientSecret: 'mistyped' });
		const run = await workspaces(engine);

		expect(run.error?.message).toContain('mParticle rejected the Client ID or Client Secret');
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.apiRequests().filter((request) => request.headers.authorization)).toEqual([]);
	});

	it('set to a new valid value: the next run gets a token with it', async () => {
		const engine = await freshEngine();
		await workspaces(engine);
		const oldToken = engine.storedCredential()!.accessToken;
		files.emulator.reset();

		change(engine, files.emulator.addClient());
		const run = await workspaces(engine);

		expect(run.error).toBeUndefined();
		expect(files.emulator.tokenRequests()).toHaveLength(1);
		expect(files.emulator.tokenRequests()[0].body).toMatchObject({
			client_id: engine.storedCredential()!.clientId,
		});
		expect(engine.storedCredential()!.accessToken).not.toBe(oldToken);
	});

	it('makes the credential test fail on a credential that has worked before', async () => {
		const engine = await freshEngine();
		expect((await engine.testCredential()).status).toBe('OK');
		change(engine, { clientSecret: 'mistyped' });
		const result = await engine.testCredential();
		expect(result.status).toBe('Error');
		expect(result.message).toContain('mParticle rejected the Client ID or Client Secret');
	});
});

describe('the credential test says what is wrong', () => {
	it('a Token URL that is not a token service', async () => {
		const engine = await freshEngine();
		files.emulator.fault({ path: TOKEN_PATH, status: 404, body: 'html' });
		const result = await engine.testCredential();
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringContaining('did not answer as a token service (HTTP 404)'),
		});
	});

	it.each([
		['a wrong Client Secret', { clientSecret: 'wrong' }, 'mParticle rejected the Client ID or Client Secret'],
		['a wrong Audience', { audience: 'https://example.com' }, 'Check the Audience and Token URL'],
		[
			'an unreachable Token URL',
			{ tokenUrl: 'http://127.0.0.1:9/oauth/token' },
			'Could not reach the mParticle token URL',
		],
		['an unknown Account ID', { accountId: '4242' }, 'mParticle does not know the Account ID'],
	])('%s', async (_case, values, message) => {
		const resolved = Object.fromEntries(
			Object.entries(values).map(([key, value]) => [key, value.replace('API/', `${files.emulator.url}/`)]),
		);
		const engine = await freshEngine({ advancedSettings: true, ...resolved });
		const result = await engine.testCredential();
		expect(result).toEqual({ status: 'Error', message: expect.stringContaining(message) });
	});
});

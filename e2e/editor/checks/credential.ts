import { credentialRecord } from '../../realN8n';
import type { CheckGroup } from '../check';
import { tid, type CredentialTest, type Editor } from '../editor';

const WRONG_SECRET = 'not-the-secret';

/**
 * b. The mParticle API credential, created from a node's panel ("Connect to mParticle"): the emulator's
 * values pass n8n's connection test, a wrong secret fails it with a clear message, and so does a working
 * credential whose secret is changed to a wrong one. Leaves one working credential for the later checks.
 */
export const credential: CheckGroup = {
	checks: [
		{ id: 'b1', title: 'a credential with the emulator’s values passes the connection test' },
		{ id: 'b2', title: 'a credential with a wrong secret fails the test with a clear message' },
		{ id: 'b3', title: 'changing a working credential’s secret to a wrong one fails the test' },
	],
	budgetMs: 120_000,
	async run({ editor, emulator }, report) {
		const { clientId, clientSecret, accountId, baseUrl, tokenUrl, audience } = credentialRecord(emulator, {
			id: '',
			name: '',
		}).data;
		const fields = { clientId, clientSecret, accountId, baseUrl, tokenUrl, audience };

		await editor.addNode('mParticle Workspace', 'Get many workspaces');
		await editor.click(tid('node-credentials-empty-state'), 'the Connect to mParticle button');
		await editor.waitForCredentialModal();
		await editor.fillCredential(fields, true);
		let outcome = await editor.saveCredential();
		if (outcome.state === 'closed') {
			// n8n closes a new credential's dialog when its test passed; opening it again shows the test.
			await editor.editNodeCredential();
			outcome = await editor.credentialTestShown();
		}
		await editor.checkShot('b1-credential-ok');
		report(
			'b1',
			outcome.state === 'ok' ? [] : [`expected “Connection tested successfully”, ${shown(outcome)}`],
		);
		await editor.closeCredentialModal();

		// A second credential with a wrong secret, created from the node's credential list, then deleted.
		await editor.createNodeCredential();
		await editor.fillCredential({ ...fields, clientSecret: WRONG_SECRET }, true);
		outcome = await editor.saveCredential();
		await editor.checkShot('b2-wrong-secret');
		report('b2', wrongSecretProblems(outcome));
		if (outcome.state !== 'closed') await editor.deleteCredential();

		// The working credential, its secret changed to a wrong one.
		await editor.editNodeCredential();
		await editor.credentialTestShown();
		await editor.fillCredential({ clientSecret: WRONG_SECRET }, false);
		outcome = await editor.saveCredential();
		await editor.checkShot('b3-changed-secret');
		const problems = wrongSecretProblems(outcome);
		const restored = await restore(editor, fields.clientSecret);
		if (restored.state !== 'ok') problems.push(`putting the right secret back: ${shown(restored)}`);
		report('b3', problems);
		await editor.closeCredentialModal();
		await editor.closePanel();
	},
};

function wrongSecretProblems(outcome: CredentialTest): string[] {
	if (outcome.state !== 'failed') return [`expected the test to fail, ${shown(outcome)}`];
	if (!/client id|client secret|secret/i.test(outcome.message))
		return [`the message does not say the Client ID or Secret is wrong: “${outcome.message}”`];
	return [];
}

async function restore(editor: Editor, secret: string) {
	await editor.fillCredential({ clientSecret: secret }, false);
	const outcome = await editor.saveCredential();
	return outcome;
}

function shown(outcome: CredentialTest) {
	if (outcome.state === 'closed') return 'the dialog closed without showing a test result';
	if (outcome.state === 'unknown') return `the dialog showed no test result: “${outcome.message}”`;
	if (outcome.state === 'ok') return 'the dialog showed “Connection tested successfully”';
	return `the dialog showed “${outcome.message}”`;
}

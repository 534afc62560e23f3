import type { CheckGroup } from '../check';

const MISSING_ACCOUNT = '999';
const EXPECTED = `Account ${MISSING_ACCOUNT} not found.`;

/** e2. A failing request shows mParticle's own message in the output panel: Account → Get with account 999. */
export const errorMessage: CheckGroup = {
	checks: [{ id: 'e2', title: `an mParticle error shows mParticle’s message (“${EXPECTED}”)` }],
	budgetMs: 60_000,
	async run({ editor }, report) {
		await editor.addNode('mParticle Account', 'Get an account');
		await editor.setLocatorById('accountId', MISSING_ACCOUNT);
		const run = await editor.executeStep();
		await editor.checkShot('e2-error');
		const problems: string[] = [];
		if (run.status !== 'error') problems.push(`the run did not fail (output: ${run.items})`);
		else if (!run.error.startsWith(EXPECTED)) problems.push(`the panel shows “${run.error}”`);
		report('e2', problems);
		await editor.closePanel();
	},
};

/// <reference lib="dom" />
// The callbacks given to page.$$eval and element.evaluate run in the browser.
import type { CheckGroup } from '../check';
import { sleep, tid } from '../editor';

const CREDENTIAL_TYPE = 'mParticle API';

/**
 * c. n8n's HTTP Request node offers the credential as a Predefined Credential Type, and a GET of the
 * emulator's /v1/workspace through it returns the emulator's workspaces.
 */
export const httpRequest: CheckGroup = {
	checks: [{ id: 'c', title: `the HTTP Request node offers “${CREDENTIAL_TYPE}” and calls the API with it` }],
	budgetMs: 60_000,
	async run({ editor, emulator }, report) {
		await editor.addNode('HTTP Request');
		await editor.pick('authentication', 'Predefined Credential Type');
		await editor.click(tid('credential-select'), 'the Credential Type field');
		await editor.page.keyboard.type('mParticle');
		await sleep(600);
		const option = await editor.visible('.el-select-dropdown__item', new RegExp(`^${CREDENTIAL_TYPE}\\b`));
		if (!option) {
			const dropdown = await editor.visible('.el-select-dropdown');
			const text = dropdown ? await dropdown.evaluate((node) => (node as HTMLElement).innerText.trim()) : '';
			await editor.checkShot('c-http-request');
			await editor.page.keyboard.press('Escape');
			report('c', [
				`“${CREDENTIAL_TYPE}” is not offered as a Predefined Credential Type (typing “mParticle” shows: ${text.replace(/\s+/g, ' ') || 'nothing'})`,
			]);
			return;
		}
		await option.click();
		await editor.waitFor('the credential field of the HTTP Request node', () =>
			editor.visible(tid('node-credentials-select')),
		);
		if ((await editor.textOf(tid('node-credentials-slot'))).includes('Select Credential')) {
			await editor.click(tid('node-credentials-select'), 'the credential list');
			await editor.click('.el-select-dropdown__item', 'the mParticle credential', /mParticle/);
		}
		await editor.typeInto(
			`${tid('parameter-input-url')} input`,
			`${emulator.url}/v1/workspace`,
			'the URL field',
		);
		const run = await editor.executeStep();
		const output = await editor.outputText();
		await editor.checkShot('c-http-request');
		const problems: string[] = [];
		if (run.status !== 'success') problems.push(`the request failed: ${run.error}`);
		else if (!output.includes('Web and Mobile'))
			problems.push(`the output shows no workspace of the emulator: “${output.slice(0, 200)}”`);
		report('c', problems);
		await editor.closePanel();
	},
};

import type { CheckGroup } from '../check';
import { tid } from '../editor';

const TRIGGER = 'mParticle Trigger';

/**
 * t. The mParticle Trigger as a user meets it: offered as a workflow's first step (with its icon), its
 * panel (Watch, Events, Poll Times), and Fetch Test Event, which shows one recent workspace as a sample.
 */
export const trigger: CheckGroup = {
	checks: [
		{ id: 't1', title: 'the mParticle Trigger is offered as a first step, with its icon' },
		{
			id: 't2',
			title: 'its panel shows Watch, Events and Poll Times; Fetch Test Event shows a sample event',
		},
	],
	budgetMs: 90_000,
	async run({ editor }, report) {
		await editor.newWorkflow();
		await editor.click(tid('canvas-add-button'), 'the Add first step button');
		await editor.searchNodes('mParticle');
		const items = await editor
			.waitFor('the mParticle Trigger in the picker', async () => {
				const shown = await editor.creatorItems();
				return shown.some((item) => item.name === TRIGGER) && shown;
			})
			.catch(() => editor.creatorItems());
		const item = items.find((entry) => entry.name === TRIGGER);
		report(
			't1',
			!item
				? [`“${TRIGGER}” is not offered (the picker shows: ${items.map((entry) => entry.name).join(', ')})`]
				: !item.iconLoaded || !item.icon.includes('/icons/n8n-nodes-mparticle/')
					? [`“${TRIGGER}” shows no mParticle icon`]
					: [],
		);

		await editor.clickCreatorItem(TRIGGER);
		await editor.waitForPanel();
		const problems: string[] = [];
		const fields = await editor.panelFieldNames();
		for (const field of ['resource', 'events']) {
			if (!fields.includes(field))
				problems.push(`the panel has no “${field}” field (it has ${fields.join(', ')})`);
		}
		if (!(await editor.textOf(tid('node-parameters'))).includes('Poll Times')) {
			problems.push('the panel has no Poll Times');
		}
		await editor.pick('resource', 'Workspace');
		const run = await editor.executeStep();
		const output = await editor.outputText();
		if (run.status !== 'success') problems.push(`Fetch Test Event failed: ${run.error}`);
		else if (!/workspace/.test(output) || !/event/.test(output)) {
			problems.push(`the sample shows no workspace event: ${output.slice(0, 200)}`);
		}
		await editor.checkShot('t-trigger');
		await editor.docShot('trigger');
		report('t2', problems);
	},
};

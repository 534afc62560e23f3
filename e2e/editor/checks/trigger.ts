import type { CheckGroup } from '../check';
import { tid } from '../editor';

const TRIGGER = 'mParticle Trigger';
/** Among triggers, n8n lists a node by its name without "Trigger". */
const LISTED_AS = 'mParticle';

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
				return shown.some((item) => item.name === LISTED_AS) && shown;
			})
			.catch(() => editor.creatorItems());
		const item = items.find((entry) => entry.name === LISTED_AS);
		report(
			't1',
			!item
				? [
						`“${TRIGGER}” is not offered as “${LISTED_AS}” (the picker shows: ${items.map((entry) => entry.name).join(', ')})`,
					]
				: !item.iconLoaded || !item.icon.includes('/icons/n8n-nodes-mparticle/')
					? [`“${TRIGGER}” shows no mParticle icon`]
					: [],
		);

		await editor.clickCreatorItem(LISTED_AS);
		// n8n may first list the node's trigger actions: take the first.
		if (
			!(await editor
				.waitFor('the trigger’s panel', () => editor.visible(tid('node-parameters')), 5000)
				.catch(() => false))
		) {
			const actions = await editor.creatorItems();
			if (actions[0]) await editor.clickCreatorItem(actions[0].name);
		}
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

import type { CheckGroup } from '../check';
import { tid } from '../editor';

/** a. The node picker ("What happens next?") lists all mParticle nodes, each with the mParticle icon. */
export const nodePicker: CheckGroup = {
	checks: [{ id: 'a', title: 'the node picker lists every mParticle node with its icon' }],
	budgetMs: 60_000,
	async run({ editor, nodes }, report) {
		await editor.newWorkflow();
		await editor.addManualTrigger();
		await editor.click(tid('canvas-handle-plus'), 'the + after the trigger');
		await editor.searchNodes('mParticle');
		const expected = nodes.map((node) => node.displayName);
		const items = await editor
			.waitFor('the mParticle nodes in the picker', async () => {
				const shown = await editor.creatorItems();
				return expected.every((name) => shown.some((item) => item.name === name)) && shown;
			})
			.catch(() => editor.creatorItems());
		await editor.checkShot('a-node-picker');
		await editor.docShot('node-picker', 1010); // tall enough for all ten
		const problems: string[] = [];
		for (const name of expected) {
			const item = items.find((entry) => entry.name === name);
			if (!item)
				problems.push(
					`“${name}” is not listed (the picker shows: ${items.map((entry) => entry.name).join(', ') || 'nothing'})`,
				);
			else if (!item.iconLoaded || !item.icon.includes('/icons/n8n-nodes-mparticle/'))
				problems.push(`“${name}” shows no mParticle icon (image “${item.icon || 'none'}”)`);
			else if (!item.description) problems.push(`“${name}” has no description in the picker`);
		}
		await editor.page.keyboard.press('Escape');
		report('a', problems);
	},
};

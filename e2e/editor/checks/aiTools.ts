/// <reference lib="dom" />
// The callbacks given to page.$$eval and element.evaluate run in the browser.
import type { CheckGroup } from '../check';
import type { NodeShape } from '../descriptions';
import { tid, type Editor } from '../editor';

/**
 * g. The AI Agent's tool picker lists every mParticle node as a tool, and a tool is described by its
 * operation: n8n names it "<action> in <node name>" (also the description a model gets when Tool
 * Description is Set Automatically; Set Manually starts from the same text). Checked for mParticle
 * Workspace (one operation) and for mParticle App after choosing Platform → Get.
 */
export const aiTools: CheckGroup = {
	checks: [
		{
			id: 'g',
			title: 'the AI Agent’s tool picker lists the mParticle tools; a tool is described by its operation',
		},
	],
	budgetMs: 90_000,
	async run({ editor, nodes }, report) {
		const problems: string[] = [];
		await editor.newWorkflow();
		await editor.addManualTrigger();
		await editor.addNodeAfterTrigger('AI Agent');

		await openToolPicker(editor);
		const expected = nodes.map((node) => `${node.displayName} Tool`);
		const items = await editor
			.waitFor('the mParticle tools in the picker', async () => {
				const shown = await editor.creatorItems();
				return expected.every((name) => shown.some((item) => item.name === name)) && shown;
			})
			.catch(() => editor.creatorItems());
		await editor.checkShot('g-tool-picker');
		for (const name of expected) {
			const item = items.find((entry) => entry.name === name);
			if (!item) problems.push(`the tool picker does not list “${name}”`);
			else if (!item.iconLoaded) problems.push(`“${name}” shows no icon`);
		}

		const workspace = nodes.find((node) => node.displayName === 'mParticle Workspace')!;
		await editor.clickCreatorItem('mParticle Workspace Tool');
		await editor.waitForPanel();
		problems.push(...(await describedBy(editor, workspace, 'Workspace', 'Get Many', true)));
		await editor.checkShot('g-tool');
		await editor.closePanel();

		const app = nodes.find((node) => node.displayName === 'mParticle App')!;
		await openToolPicker(editor);
		await editor.clickCreatorItem('mParticle App Tool');
		await editor.waitForPanel();
		await editor.pick('resource', 'Platform');
		await editor.pick('operation', 'Get');
		problems.push(...(await describedBy(editor, app, 'Platform', 'Get', false)));
		await editor.closePanel();
		report('g', problems);
	},
};

/** The node creator for the AI Agent's tools, from the + under the agent's Tool input on the canvas. */
async function openToolPicker(editor: Editor) {
	// n8n opens the panel of a node just added, a moment after it shows on the canvas.
	const panel = await editor
		.waitFor('a node panel', () => editor.visible(tid('ndv')), 1500)
		.catch(() => undefined);
	if (panel) await editor.closePanel();
	const toolInput = `${tid('canvas-node-input-handle')}[data-connection-type="ai_tool"][data-node-name="AI Agent"]`;
	await editor.click(`${toolInput} ${tid('canvas-handle-plus')}`, 'the + of the AI Agent’s Tool input');
	await editor.searchNodes('mParticle');
}

/** The tool's name (panel title) is "<action> in <node>"; with `manual`, Set Manually starts from that text. */
async function describedBy(
	editor: Editor,
	node: NodeShape,
	resource: string,
	operation: string,
	manual: boolean,
) {
	const action = node.resources
		.find((entry) => entry.label === resource)
		?.operations.find((entry) => entry.label === operation)?.action;
	const expected = `${action} in ${node.displayName}`;
	const problems: string[] = [];
	const title = await editor
		.waitFor(
			`the tool to be named “${expected}”`,
			async () => {
				const shown = await editor.panelTitle();
				return shown === expected && shown;
			},
			5000,
		)
		.catch(() => editor.panelTitle());
	if (title !== expected)
		problems.push(
			`${node.displayName} Tool (${resource} › ${operation}) is named “${title}”, expected “${expected}”`,
		);
	if (manual) {
		await editor.pick('descriptionType', 'Set Manually');
		const values = await editor.page.$$eval(
			`${tid('node-parameters')} textarea, ${tid('node-parameters')} input`,
			(inputs) => inputs.map((input) => (input as HTMLInputElement).value),
		);
		if (!values.includes(expected))
			problems.push(
				`${node.displayName} Tool: Tool Description → Set Manually does not start from “${expected}”`,
			);
	}
	return problems;
}

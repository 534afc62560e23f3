import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../../harness/package';
import type { CheckGroup } from '../check';
import { tid, type Editor } from '../editor';

const EXAMPLE = 'accounts-and-workspaces.json';

/** f. An example workflow imports into the editor (workflow menu → Import → From file) and runs green. */
export const example: CheckGroup = {
	checks: [{ id: 'f', title: `the example ${EXAMPLE} imports from file and runs green` }],
	budgetMs: 60_000,
	async run({ editor }, report) {
		const file = join(PACKAGE_ROOT, 'examples', EXAMPLE);
		const names = (JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ name: string }> }).nodes.map(
			(node) => node.name,
		);
		const { page } = editor;
		await editor.newWorkflow();
		await editor.click(tid('workflow-menu'), 'the workflow menu');
		const importItem = await editor.waitFor('Import in the workflow menu', () =>
			editor.visible(tid('workflow-menu-item-import')),
		);
		await importItem.hover();
		const fromFile = await editor.waitFor('Import → From file', () =>
			editor.visible(tid('workflow-menu-item-import-from-file')),
		);
		const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 10_000 }), fromFile.click()]);
		await chooser.accept([file]);
		const canvasNodes = () =>
			page.$$eval(tid('canvas-node'), (nodes) =>
				nodes.map((node) => node.getAttribute('data-node-name') ?? ''),
			);
		await editor.waitFor(
			'the imported nodes on the canvas',
			async () => (await canvasNodes()).length === names.length,
		);
		const problems: string[] = [];
		const shown = await canvasNodes();
		for (const name of names) if (!shown.includes(name)) problems.push(`the canvas has no node “${name}”`);
		if (await editor.visible(tid('node-issues')))
			problems.push('a node shows issues after the import (missing credential or field?)');
		await editor.click(tid('execute-workflow-button'), 'the Execute workflow button');
		const outcome = await editor
			.waitFor(
				'the workflow run to finish',
				async () => {
					const success = (await page.$$(tid('canvas-node-status-success'))).length;
					const failed = await editor.visible(
						`${tid('canvas-node')} [data-test-id^="canvas-node-status-error"]`,
					);
					if (failed) return 'a node failed';
					return success === names.length ? 'green' : undefined;
				},
				30_000,
			)
			.catch((error: Error) => error.message);
		await editor.checkShot('f-example');
		if (outcome !== 'green') problems.push(`${outcome}; nodes: ${await nodeStates(editor)}`);
		problems.push(...(await editor.errorToasts()).map((toast) => `the editor shows “${toast}”`));
		report('f', problems);
	},
};

async function nodeStates(editor: Editor) {
	return editor.page.$$eval(tid('canvas-node'), (nodes) =>
		nodes
			.map(
				(node) =>
					`${node.getAttribute('data-node-name')}: ${node.querySelector('[data-test-id^="canvas-node-status-"]')?.getAttribute('data-test-id')?.replace('canvas-node-status-', '') ?? 'not run'}`,
			)
			.join(', '),
	);
}

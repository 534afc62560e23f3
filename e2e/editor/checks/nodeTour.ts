import type { CheckGroup } from '../check';
import type { NodeShape } from '../descriptions';
import { tid, type Editor, type ListState, type StepRun } from '../editor';

/** Signs of a broken panel: n8n's messages when it cannot load or show something. */
const PANEL_ERROR =
	/problem loading|could not load|couldn’t load|could not find|cannot read|is not defined|unexpected error|not currently installed/i;
/** Lists whose entry stays unchosen: the node then works in the credential's own account. */
const LEFT_UNCHOSEN = new Set(['accountId']);
const CUSTOM_API_CALL = 'Custom API Call';
/** Text fields a list reads, with what a user would type there first: the output module of a subscription. */
const TEXT_A_LIST_NEEDS: Record<string, { parameter: string; text: string }> = {
	serviceConfigurationId: { parameter: 'moduleName', text: 'Amplitude' },
};

/**
 * d and e1. Visits every mParticle node in its own workflow, as a user exploring it: every resource and
 * operation in the panel, every From List dropdown (entries from the emulator, then a search), the
 * descriptions in the Resource and Operation dropdowns, and finally one Get Many run from the panel.
 */
export const nodeTour: CheckGroup = {
	checks: [
		{ id: 'd1', title: 'every node’s panel opens for every resource and operation without an error' },
		{
			id: 'd2',
			title: 'every From List dropdown loads entries from the emulator and filters by search text',
		},
		{ id: 'd3', title: 'resource and operation descriptions fit their dropdown (none cut off)' },
		{ id: 'e1', title: 'one operation per node runs from its panel and shows items' },
	],
	budgetMs: 300_000,
	async run({ editor, nodes }, report) {
		const panels: string[] = [];
		const lists: string[] = [];
		const cutOff: string[] = [];
		const runs: string[] = [];
		for (const node of nodes) {
			const tour = new Tour(editor, node, lists);
			const where = (...path: string[]) => [node.displayName, ...path].join(' › ');
			const started = Date.now();
			try {
				await visit(node, tour, where);
				if (process.env.EDITOR_TRACE)
					console.error(`[trace] ${node.displayName}: ${Date.now() - started} ms`);
			} catch (error) {
				panels.push(`${where()}: ${(error as Error).message}`);
				await editor.checkShot('d1-failure');
			}
		}
		report('d1', panels);
		report('d2', lists);
		report('d3', cutOff.length ? [`${cutOff.length} descriptions are cut off: ${cutOff.join('; ')}`] : []);
		report('e1', runs);

		async function visit(node: NodeShape, tour: Tour, where: (...path: string[]) => string) {
			await editor.addNode(node.displayName, node.resources[0].operations[0].action);
			for (const resource of node.resources) {
				await editor.pick('resource', resource.label);
				const options = await editor.dropdownOptions(
					'operation',
					cutOff.length === 0 ? 'd3-descriptions' : undefined,
				);
				for (const option of options.filter((entry) => entry.cutOff))
					cutOff.push(`${where(resource.label, option.label)} (${option.description.length} characters)`);
				// n8n adds "Custom API Call" to nodes whose credential the HTTP Request node can use.
				const labels = options.map((entry) => entry.label).filter((label) => label !== CUSTOM_API_CALL);
				const expected = resource.operations.map((operation) => operation.label);
				if (labels.join('|') !== expected.join('|'))
					panels.push(
						`${where(resource.label)}: Operation offers ${labels.join(', ')}; expected ${expected.join(', ')}`,
					);
				for (const operation of resource.operations) {
					const errorsBefore = editor.pageErrors.length;
					try {
						await editor.pick('operation', operation.label);
						const problems = await panelProblems(editor, errorsBefore);
						panels.push(
							...problems.map((problem) => `${where(resource.label, operation.label)}: ${problem}`),
						);
						await tour.checkVisibleLists();
						if (
							node.displayName === 'mParticle App' &&
							resource.label === 'Platform' &&
							operation.label === 'Get'
						) {
							await tour.fillLists();
							await editor.dismissToasts();
							await editor.docShot('node-panel');
						}
					} catch (error) {
						panels.push(`${where(resource.label, operation.label)}: ${(error as Error).message}`);
						await editor.page.keyboard.press('Escape');
					}
				}
			}
			await tour.checkHiddenLists();
			const resourceOptions = await editor.dropdownOptions('resource');
			for (const option of resourceOptions.filter((entry) => entry.cutOff))
				cutOff.push(`${where('Resource', option.label)} (${option.description.length} characters)`);
			await editor.checkShot('d1-panels');
			runs.push(...(await runGetMany(editor, node, tour)).map((problem) => where(problem)));
			await editor.closePanel();
		}
	},
};

async function panelProblems(editor: Editor, errorsBefore: number): Promise<string[]> {
	const problems: string[] = [];
	const fields = await editor.panelFieldNames();
	if (!fields.includes('operation'))
		problems.push(`the panel shows no Operation field (fields: ${fields.join(', ')})`);
	const text = await editor.textOf(tid('node-parameters'));
	const shownError = PANEL_ERROR.exec(text);
	if (shownError) problems.push(`the panel shows “${lineAround(text, shownError.index)}”`);
	problems.push(...(await editor.errorToasts()).map((toast) => `the editor shows “${toast}”`));
	problems.push(...editor.pageErrors.slice(errorsBefore).map((error) => `the editor raised “${error}”`));
	await editor.dismissToasts();
	return problems;
}

function lineAround(text: string, index: number) {
	const start = text.lastIndexOf('\n', index) + 1;
	const end = text.indexOf('\n', index);
	return text.slice(start, end === -1 ? undefined : end).trim();
}

/**
 * The From List dropdowns of one node. Each is checked once, where the panel first shows it: it must list
 * entries, and typing its first entry's name must narrow the list to entries containing that text. Lists
 * that depend on another field (a workspace's calculated attributes, an app's platforms) get that field
 * chosen first, as a user would; when the chosen entry has nothing to list, the next one is tried.
 */
class Tour {
	private readonly checked = new Set<string>();
	/** The entry chosen in each list, reused wherever the field appears again. */
	private readonly chosen = new Map<string, string>();

	constructor(
		private readonly editor: Editor,
		private readonly node: NodeShape,
		private readonly problems: string[],
	) {}

	async checkVisibleLists() {
		const visible = (await this.editor.visibleLocators()).filter((parameter) =>
			this.node.listLocators.has(parameter),
		);
		for (const [index, parameter] of visible.entries()) {
			if (this.checked.has(parameter)) continue;
			this.checked.add(parameter);
			// Account ID's list is the credential's; other lists may depend on the fields above them.
			if (!LEFT_UNCHOSEN.has(parameter)) for (const above of visible.slice(0, index)) await this.fill(above);
			const needed = TEXT_A_LIST_NEEDS[parameter];
			if (needed) {
				await this.editor.typeInto(
					`[data-test-id="parameter-input-${needed.parameter}"] input`,
					needed.text,
					`the ${needed.parameter} field`,
				);
			}
			const parent = visible
				.slice(0, index)
				.reverse()
				.find((above) => !LEFT_UNCHOSEN.has(above));
			const problems = await this.checkList(parameter, parent);
			this.problems.push(
				...problems.map(
					(problem) =>
						`${this.node.displayName} › ${this.node.listLocators.get(parameter)!.label}: ${problem}`,
				),
			);
		}
	}

	/** Lists the operations alone do not show (e.g. Workspace ID under Scope: Workspace): sets what shows them. */
	async checkHiddenLists() {
		for (const [parameter, locator] of this.node.listLocators) {
			if (this.checked.has(parameter)) continue;
			const condition = locator.shownWhen.find((shown) =>
				Object.keys(shown).some((name) => name !== 'resource' && name !== 'operation'),
			);
			try {
				if (condition) await this.show(condition);
				await this.checkVisibleLists();
			} catch (error) {
				this.problems.push(`${this.node.displayName} › ${locator.label}: ${(error as Error).message}`);
			}
			if (!this.checked.has(parameter))
				this.problems.push(`${this.node.displayName} › ${locator.label}: never shown in the panel`);
		}
	}

	/** Ways to choose another entry in the first chosen list of the panel (at most three). */
	async otherChoices(): Promise<Array<() => Promise<void>>> {
		const { editor } = this;
		for (const parameter of await editor.visibleLocators()) {
			if (LEFT_UNCHOSEN.has(parameter) || !this.node.listLocators.has(parameter)) continue;
			const current = await editor.locatorValue(parameter);
			if (current === '') continue;
			const others = (await editor.openList(parameter)).items.filter((item) => item !== current);
			await editor.closeList(parameter);
			return others.slice(0, 3).map((other) => async () => {
				await editor.openList(parameter);
				await editor.chooseListItem(parameter, other);
			});
		}
		return [];
	}

	/** Chooses an entry in every empty list of the panel (but Account ID), so the node can run. */
	async fillLists() {
		for (const parameter of await this.editor.visibleLocators()) await this.fill(parameter);
	}

	private async show(condition: Record<string, string[]>) {
		const resource =
			this.node.resources.find((entry) => entry.value === condition.resource?.[0]) ?? this.node.resources[0];
		await this.editor.pick('resource', resource.label);
		const operation = resource.operations.find((entry) => entry.value === condition.operation?.[0]);
		if (operation) await this.editor.pick('operation', operation.label);
		for (const [name, values] of Object.entries(condition)) {
			const label = this.node.optionLabels.get(name)?.get(values[0]);
			if (name !== 'resource' && name !== 'operation' && label) await this.editor.pick(name, label);
		}
	}

	private async fill(parameter: string) {
		if (LEFT_UNCHOSEN.has(parameter) || !this.node.listLocators.has(parameter)) return;
		if ((await this.editor.locatorMode(parameter)) !== 'From list') return;
		if ((await this.editor.locatorValue(parameter)) !== '') return;
		const list = await this.editor.openList(parameter);
		const entry = list.items.find((item) => item === this.chosen.get(parameter)) ?? list.items[0];
		if (!entry) return this.editor.closeList(parameter);
		await this.editor.chooseListItem(parameter, entry);
		this.chosen.set(parameter, entry);
	}

	private async checkList(parameter: string, parent: string | undefined): Promise<string[]> {
		const { editor } = this;
		const mode = await editor.locatorMode(parameter);
		if (mode !== 'From list') return [`opens in mode “${mode}”, not From List`];
		let all = await editor.openList(parameter);
		if (all.items.length === 0 && parent) all = await this.tryOtherParents(parameter, parent, all);
		if (all.items.length === 0) {
			await editor.closeList(parameter).catch(() => {});
			return [`the list shows no entries (“${all.text || 'nothing'}”)`];
		}
		const target = all.items[0];
		const text = searchText(target, all.items);
		const filtered = await editor.searchList(parameter, text);
		if (!listShot.taken) await editor.checkShot('d2-list');
		listShot.taken = true;
		const problems: string[] = [];
		if (!filtered.items.includes(target))
			problems.push(`searching “${text}” lost “${target}” (shows ${JSON.stringify(filtered.items)})`);
		else if (filtered.items.some((item) => !item.toLowerCase().includes(text.toLowerCase())))
			problems.push(`searching “${text}” still shows ${JSON.stringify(filtered.items)}`);
		if (problems.length === 0 && !LEFT_UNCHOSEN.has(parameter)) {
			await editor.chooseListItem(parameter, target);
			this.chosen.set(parameter, target);
		} else await editor.closeList(parameter);
		return problems;
	}

	/** The list is empty for the entry chosen above it: choose the other entries there, one by one. */
	private async tryOtherParents(parameter: string, parent: string, empty: ListState): Promise<ListState> {
		const { editor } = this;
		await editor.closeList(parameter);
		const current = await editor.locatorValue(parent);
		const others = (await editor.openList(parent)).items.filter((item) => item !== current);
		await editor.closeList(parent);
		for (const other of others.slice(0, 4)) {
			await editor.openList(parent);
			await editor.chooseListItem(parent, other);
			const state = await editor.openList(parameter);
			if (state.items.length > 0) {
				this.chosen.set(parent, other);
				return state;
			}
			await editor.closeList(parameter);
		}
		return editor.openList(parameter).then((state) => (state.items.length ? state : empty));
	}
}

/** The suite's screenshot of a list is of the first list searched. */
const listShot = { taken: false };

/** What a user types to find `entry`: a word of it that not every entry has, else the whole entry. */
function searchText(entry: string, entries: string[]) {
	const words = entry.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
	return (
		words.find((word) => entries.some((other) => !other.toLowerCase().includes(word.toLowerCase()))) ?? entry
	);
}

/** e1: the node's first Get Many, run with Execute step; it must succeed and show at least one item. */
async function runGetMany(editor: Editor, node: NodeShape, tour: Tour): Promise<string[]> {
	const resource = node.resources.find((entry) =>
		entry.operations.some((operation) => operation.value === 'getAll'),
	);
	if (!resource) return ['has no Get Many operation to run'];
	await editor.pick('resource', resource.label);
	await editor.pick(
		'operation',
		resource.operations.find((operation) => operation.value === 'getAll')!.label,
	);
	await tour.fillLists();
	let run = await editor.executeStep();
	// Nothing to list in the chosen workspace or app: try the next one, as a user would.
	for (const retry of await tour.otherChoices()) {
		if (run.status !== 'success' || itemCount(run) > 0) break;
		await retry();
		run = await editor.executeStep();
	}
	await editor.checkShot('e1-run');
	if (node.displayName === 'mParticle Workspace') {
		await editor.dismissToasts();
		await editor.docShot('run');
	}
	if (run.status !== 'success') return [`${resource.label} › Get Many failed: ${run.error}`];
	return itemCount(run) > 0
		? []
		: [`${resource.label} › Get Many shows no items (“${run.items || 'no output'}”)`];
}

function itemCount(run: StepRun) {
	return Number(/(\d+) items?/.exec(run.items)?.[1] ?? 0);
}

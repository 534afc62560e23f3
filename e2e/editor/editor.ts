/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The callbacks given to page.evaluate, $$eval and element.evaluate run in the browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { PACKAGE_ROOT } from '../../harness/package';

/** n8n's stable selector for an element: its `data-test-id`. */
export const tid = (id: string) => `[data-test-id="${id}"]`;

const SCREENSHOTS = join(PACKAGE_ROOT, 'docs', 'screenshots');

/** An option of a parameter's dropdown as the editor shows it. */
export interface DropdownOption {
	label: string;
	description: string;
	/** The editor shows the description cut off (it does not fit the dropdown's lines). */
	cutOff: boolean;
}

/** A From List dropdown of a resource locator: its entries, or what it shows instead. */
export interface ListState {
	items: string[];
	text: string;
}

export interface StepRun {
	status: 'success' | 'error';
	/** "2 items", as the output panel says it. */
	items: string;
	error: string;
}

export interface CredentialTest {
	state: 'ok' | 'failed' | 'closed' | 'unknown';
	message: string;
}

/**
 * The n8n editor in a browser tab, driven the way a user does (clicks and typing), found by n8n's
 * `data-test-id` attributes. Every wait is bounded and says what it waited for when it times out.
 */
export class Editor {
	/** Uncaught errors of the page (the editor's own JavaScript), in order. */
	readonly pageErrors: string[] = [];
	/** Workflow saves in flight, and when the last one ended. */
	private saving = 0;
	private lastSaved = 0;
	/** Requests for dropdown entries in flight. */
	private listing = 0;
	/** When this last changed something in the workflow (typed, chose an option). */
	private lastChange = 0;

	constructor(
		readonly page: Page,
		readonly url: string,
		private readonly docs: boolean,
	) {
		page.on('pageerror', (error) => this.pageErrors.push((error as Error).message ?? String(error)));
		const isSave = (request: HTTPRequest) =>
			['PATCH', 'POST'].includes(request.method()) &&
			/\/rest\/workflows(\/[\w-]+)?$/.test(new URL(request.url()).pathname);
		page.on('request', (request) => {
			if (isSave(request)) this.saving++;
		});
		const saved = (request: HTTPRequest) => {
			if (!isSave(request)) return;
			this.saving--;
			this.lastSaved = Date.now();
		};
		page.on('requestfinished', saved);
		page.on('requestfailed', saved);
		const isListing = (request: HTTPRequest) => request.url().includes('/rest/dynamic-node-parameters/');
		page.on('request', (request) => {
			if (isListing(request)) this.listing++;
		});
		for (const event of ['requestfinished', 'requestfailed'] as const)
			page.on(event, (request) => {
				if (isListing(request)) this.listing--;
			});
		// Leaving a workflow whose last change is not saved yet asks "leave the page?": yes.
		page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
		page.setDefaultTimeout(10_000);
		page.setDefaultNavigationTimeout(30_000);
		mkdirSync(SCREENSHOTS, { recursive: true });
	}

	// ---- waiting and clicking --------------------------------------------------------------------------

	/** When the running check must end (ms since epoch): every wait gives up once it has passed. */
	deadline = Infinity;

	/** Polls `probe` until it gives a value (not undefined/false/null), at most `timeoutMs`. */
	async waitFor<T>(what: string, probe: () => Promise<T | undefined | false | null>, timeoutMs = 10_000) {
		const deadline = Math.min(Date.now() + timeoutMs, this.deadline);
		for (;;) {
			const value = await probe().catch(() => undefined);
			if (value !== undefined && value !== false && value !== null) return value as T;
			if (Date.now() > deadline) {
				throw new Error(
					Date.now() > this.deadline
						? `the check ran out of time while waiting for ${what}`
						: `timed out after ${timeoutMs / 1000} s waiting for ${what}`,
				);
			}
			await sleep(150);
		}
	}

	/** The first visible element matching `selector` whose text is `text` (or matches it), found in the page. */
	async visible(selector: string, text?: string | RegExp): Promise<ElementHandle<Element> | undefined> {
		const pattern =
			text === undefined
				? null
				: typeof text === 'string'
					? { exact: text }
					: { source: text.source, flags: text.flags };
		const handle = await this.page.evaluateHandle(
			(css, wanted) => {
				for (const node of document.querySelectorAll(css)) {
					if (node.getClientRects().length === 0 || getComputedStyle(node).visibility === 'hidden') continue;
					if (!wanted) return node;
					const content = ((node as HTMLElement).innerText ?? node.textContent ?? '').trim();
					if (
						'exact' in wanted
							? content === wanted.exact
							: new RegExp(wanted.source, wanted.flags).test(content)
					)
						return node;
				}
				return null;
			},
			selector,
			pattern,
		);
		const element = handle.asElement() as ElementHandle<Element> | null;
		if (!element) await handle.dispose();
		return element ?? undefined;
	}

	/** Clicks an element found earlier; false when the editor re-rendered or moved it meanwhile. */
	private async tryClick(element: ElementHandle<Element>): Promise<boolean> {
		try {
			await element.click();
			return true;
		} catch {
			return false;
		}
	}

	/** Clicks the first visible match; finds it again when the editor re-rendered it in between. */
	async click(selector: string, what: string, text?: string | RegExp, timeoutMs = 10_000) {
		for (let attempt = 1; ; attempt++) {
			const element = await this.waitFor(what, () => this.visible(selector, text), timeoutMs);
			try {
				await element.click();
				return;
			} catch (error) {
				if (attempt >= 3) throw new Error(`cannot click ${what}: ${(error as Error).message}`);
				await sleep(300);
			}
		}
	}

	/**
	 * Replaces the text of an input (select all, delete, type), as a user would, and checks it took: a
	 * field the editor swaps while it gets focus can lose the first keys (then it types again, slower).
	 */
	async typeInto(selector: string, text: string, what: string) {
		for (const delay of [0, 50, 50]) {
			const input = await this.waitFor(what, () => this.visible(selector));
			if (!(await this.tryClick(input))) {
				await sleep(300); // still sliding in
				continue;
			}
			await sleep(100);
			await this.page.keyboard.down('Control');
			await this.page.keyboard.press('a');
			await this.page.keyboard.up('Control');
			await this.page.keyboard.press('Backspace');
			await this.page.keyboard.type(text, { delay });
			this.lastChange = Date.now();
			const value = await input.evaluate((node) => (node as HTMLInputElement).value).catch(() => undefined);
			if (value === undefined || value === text) return;
		}
		throw new Error(`${what} does not take the text “${text}”`);
	}

	async textOf(selector: string): Promise<string> {
		const element = await this.visible(selector);
		return element
			? ((await element.evaluate((node) => (node as HTMLElement).innerText)) as string).trim()
			: '';
	}

	/** Notifications the editor shows that report a problem. */
	async errorToasts(): Promise<string[]> {
		return this.page.$$eval('.el-notification', (toasts) =>
			toasts
				.filter((toast) => toast.getClientRects().length > 0)
				.filter(
					(toast) =>
						toast.querySelector('.el-notification__icon.el-notification--error, .el-icon-error') !== null ||
						/error|problem|could not|couldn’t|failed/i.test((toast as HTMLElement).innerText),
				)
				.map((toast) => (toast as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
		);
	}

	async dismissToasts() {
		for (const close of await this.page.$$('.el-notification__closeBtn')) await close.click().catch(() => {});
	}

	// ---- screenshots -----------------------------------------------------------------------------------

	/** docs/screenshots/check-<name>.png, rewritten on every run. */
	async checkShot(name: string) {
		await this.page.screenshot({ path: join(SCREENSHOTS, `check-${name}.png`) as `${string}.png` });
	}

	/** docs/screenshots/<name>.png, the README's pictures: only written with --docs. */
	async docShot(name: string, height?: number) {
		if (!this.docs) return;
		const viewport = this.page.viewport();
		if (height && viewport) await this.page.setViewport({ ...viewport, height });
		// No focus ring and no hover effects from the last click in the picture.
		await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await this.page.mouse.move(300, (height ?? viewport?.height ?? 900) - 250); // the canvas or the input pane
		await sleep(400);
		await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) as `${string}.png` });
		if (height && viewport) await this.page.setViewport(viewport);
	}

	// ---- pages -----------------------------------------------------------------------------------------

	async signIn(email: string, password: string) {
		// Dropdowns and dialogs slide in; a click during the slide can miss. Without the motion, what shows and
		// what a click does are the same, and the suite is faster.
		await this.page.evaluateOnNewDocument(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const style = document.createElement('style');
				style.textContent =
					'*, *::before, *::after { transition: none !important; animation: none !important; }';
				document.head.append(style);
			});
		});
		await this.page.goto(`${this.url}/signin`, { waitUntil: 'networkidle2' });
		await this.typeInto(
			`${tid('emailOrLdapLoginId')} input, input[name="emailOrLdapLoginId"]`,
			email,
			'the e-mail field',
		);
		await this.typeInto(`${tid('password')} input, input[name="password"]`, password, 'the password field');
		await this.click(tid('form-submit-button'), 'the Sign in button');
		await this.waitFor('the signed-in home page', async () => !this.page.url().includes('/signin'), 15_000);
	}

	/** A new, empty workflow (n8n saves it as soon as something changes). */
	/** A new, empty workflow, from the sidebar's + → New workflow (reloading the editor takes seconds). */
	async newWorkflow() {
		await this.settle().catch(() => {});
		await this.page.keyboard.press('Escape');
		if (await this.visible(this.credentialModal)) await this.closeCredentialModal();
		if (await this.visible(tid('ndv'))) await this.closePanel();
		const before = this.page.url();
		try {
			await this.click(tid('universal-add'), 'the sidebar’s +');
			await this.click(tid('navigation-menu-item'), 'New workflow', 'New workflow');
			await this.waitFor(
				'the empty canvas',
				async () => this.page.url() !== before && (await this.visible(tid('canvas-add-button'))),
				10_000,
			);
		} catch {
			await this.page.goto(`${this.url}/workflow/new`, { waitUntil: 'domcontentloaded' });
			await this.waitFor('the empty canvas', () => this.visible(tid('canvas-add-button')), 15_000);
		}
	}

	// ---- node creator ----------------------------------------------------------------------------------

	async searchNodes(text: string) {
		await this.typeInto(tid('node-creator-search-bar'), text, 'the node search field');
		await sleep(300);
	}

	/** The entries of the node creator's list: name, description and icon (and whether the icon loaded). */
	async creatorItems() {
		return this.page.$$eval(tid('item-iterator-item'), (items) =>
			items
				.filter((item) => item.getClientRects().length > 0)
				.map((item) => {
					const image = item.querySelector('img');
					return {
						name: item.querySelector('[data-test-id="node-creator-item-name"]')?.textContent?.trim() ?? '',
						text: (item as HTMLElement).innerText.trim(),
						description:
							item.querySelector('[data-test-id="node-creator-item-description"]')?.textContent?.trim() ?? '',
						icon: image?.getAttribute('src') ?? '',
						iconLoaded: image ? image.complete && image.naturalWidth > 0 : false,
					};
				}),
		);
	}

	async clickCreatorItem(name: string) {
		const find = () =>
			this.waitFor(`“${name}” in the node list`, async () => {
				for (const item of await this.page.$$(tid('item-iterator-item'))) {
					const itemName = await item.evaluate(
						(node) =>
							node.querySelector('[data-test-id="node-creator-item-name"]')?.textContent?.trim() ?? '',
					);
					if (itemName === name) return item;
				}
				return undefined;
			});
		for (let attempt = 1; !(await this.tryClick(await find())); attempt++) {
			if (attempt >= 3) throw new Error(`cannot click “${name}” in the node list`);
			await sleep(300);
		}
	}

	async clickAction(action: string) {
		await this.click(tid('item-iterator-item'), `the action “${action}”`, action);
	}

	/**
	 * In a new workflow, adds `node` from the node creator with the action `action` (n8n adds a Manual
	 * Trigger before it; nodes without actions, such as HTTP Request, take none), and waits for its panel.
	 */
	async addNode(node: string, action?: string) {
		await this.newWorkflow();
		await this.click(tid('canvas-add-button'), 'the Add first step button');
		await this.searchNodes(node);
		await this.clickCreatorItem(node);
		if (action) await this.clickAction(action);
		await this.waitForPanel();
	}

	/**
	 * Adds a node after the Manual Trigger of the current workflow, through the trigger's + handle, and
	 * waits for it on the canvas (n8n opens its panel too, mostly: close it with closePanel if needed).
	 */
	async addNodeAfterTrigger(node: string) {
		await this.click(tid('canvas-handle-plus'), 'the + after the trigger');
		await this.searchNodes(node);
		await this.clickCreatorItem(node);
		await this.waitFor(`“${node}” on the canvas`, () =>
			this.page.$(`${tid('canvas-node')}[data-node-name="${node}"]`),
		);
	}

	async addManualTrigger() {
		await this.click(tid('canvas-add-button'), 'the Add first step button');
		await this.searchNodes('Manual Trigger');
		await this.clickCreatorItem('Manual Trigger');
		await this.waitFor('the Manual Trigger on the canvas', () => this.visible(tid('canvas-trigger-node')));
		// n8n opens no panel for a Manual Trigger; close the creator if it stays open.
		await this.page.keyboard.press('Escape');
	}

	// ---- the node panel (NDV) --------------------------------------------------------------------------

	async waitForPanel() {
		await this.waitFor('the node panel', () => this.visible(tid('node-parameters')), 15_000);
		await sleep(300);
	}

	async panelTitle(): Promise<string> {
		return this.page.$eval(
			`${tid('ndv')} ${tid('node-title-container')} ${tid('inline-edit-preview')}`,
			(node) => node.textContent?.trim() ?? '',
		);
	}

	async closePanel() {
		await this.click(tid('ndv-close-button'), 'the panel’s close button');
		await this.waitFor('the panel to close', async () => (await this.visible(tid('ndv'))) === undefined);
	}

	/** The labels of the parameters the panel shows, in order. */
	async panelFieldNames(): Promise<string[]> {
		return this.page.$$eval(`${tid('node-parameters')} [data-test-id^="parameter-input-"]`, (inputs) =>
			inputs
				.filter((input) => input.getClientRects().length > 0)
				.map((input) => input.getAttribute('data-test-id')!.replace('parameter-input-', ''))
				.filter((name) => name !== 'field' && name !== 'item'),
		);
	}

	/** What a select parameter shows as chosen. */
	async selected(parameter: string): Promise<string> {
		return this.page.$eval(
			`${tid(`parameter-input-${parameter}`)} input`,
			(input) => (input as HTMLInputElement).value,
		);
	}

	/** The options of a select parameter's own dropdown (its input names the list it controls). */
	private async optionsSelector(parameter: string): Promise<string> {
		const list = await this.page.$eval(`${tid(`parameter-input-${parameter}`)} input`, (input) =>
			input.getAttribute('aria-controls'),
		);
		if (!list) throw new Error(`the ${parameter} field is not a dropdown`);
		return `[id="${list}"] ${tid('parameter-input-item')}`;
	}

	private async openDropdown(parameter: string): Promise<string> {
		const options = await this.optionsSelector(parameter);
		if (!(await this.visible(options)))
			await this.click(tid(`parameter-input-${parameter}`), `the ${parameter} field`);
		await this.waitFor(`the options of ${parameter}`, () => this.visible(options));
		return options;
	}

	private async closeDropdown(options: string) {
		if (!(await this.visible(options))) return;
		await this.page.keyboard.press('Escape');
		await this.waitFor('the dropdown to close', async () => !(await this.visible(options)), 5000);
	}

	/**
	 * Opens a select parameter's dropdown and reads its options, then closes it. With `shot`, saves a
	 * screenshot of the open dropdown when a description in it is cut off.
	 */
	async dropdownOptions(parameter: string, shot?: string): Promise<DropdownOption[]> {
		const selector = await this.openDropdown(parameter);
		const options = await this.page.$$eval(selector, (items) =>
			items.map((item) => {
				const description = item.querySelector('.option-description') as HTMLElement | null;
				return {
					label:
						item.querySelector('.option-headline')?.textContent?.trim() ??
						(item as HTMLElement).innerText.trim(),
					description: description?.textContent?.trim() ?? '',
					cutOff: description ? description.scrollHeight > description.clientHeight + 1 : false,
				};
			}),
		);
		if (shot && options.some((option) => option.cutOff)) await this.checkShot(shot);
		await this.closeDropdown(selector);
		return options;
	}

	/** Chooses `label` in a select parameter (Resource, Operation, ...); clicks again if a click is lost. */
	async pick(parameter: string, label: string) {
		for (let attempt = 1; (await this.selected(parameter)) !== label; attempt++) {
			const selector = await this.openDropdown(parameter);
			const option = await this.waitFor(`the option “${label}” of ${parameter}`, async () => {
				for (const item of await this.page.$$(selector)) {
					const headline = await item.evaluate(
						(node) =>
							node.querySelector('.option-headline')?.textContent?.trim() ??
							(node as HTMLElement).innerText.trim(),
					);
					if (headline === label) return item;
				}
				return undefined;
			});
			await sleep(150); // the dropdown slides open; a click during that can miss
			if (!(await this.tryClick(option)) && attempt < 3) continue;
			this.lastChange = Date.now();
			const shown = await this.waitFor(
				`${parameter} to show “${label}”`,
				async () => (await this.selected(parameter)) === label,
				3000,
			).catch((error: Error) => {
				if (attempt >= 3) throw error;
				return false;
			});
			if (shown) await this.closeDropdown(selector);
		}
	}

	// ---- resource locators -----------------------------------------------------------------------------

	/** The resource locators the panel shows, by parameter name, in order. */
	async visibleLocators(): Promise<string[]> {
		return this.page.$$eval(`${tid('node-parameters')} [data-test-id^="resource-locator-"]`, (locators) =>
			locators
				.filter((locator) => locator.getClientRects().length > 0)
				.map((locator) => locator.getAttribute('data-test-id')!.replace('resource-locator-', '')),
		);
	}

	async locatorMode(parameter: string): Promise<string> {
		return this.page.$eval(
			`${tid(`resource-locator-${parameter}`)} ${tid('rlc-mode-selector')} input`,
			(input) => (input as HTMLInputElement).value,
		);
	}

	async locatorValue(parameter: string): Promise<string> {
		return this.page.$eval(
			`${tid(`resource-locator-${parameter}`)} ${tid('rlc-input')}`,
			(input) => (input as HTMLInputElement).value,
		);
	}

	private async listState(parameter: string): Promise<ListState> {
		return this.page.$eval(tid(`resource-locator-${parameter}`), (locator) => {
			const items = [...locator.querySelectorAll('[data-test-id="rlc-item"]')]
				.filter((item) => item.getClientRects().length > 0)
				.map((item) => (item as HTMLElement).innerText.trim());
			const popover = locator.querySelector('[data-reka-popper-content-wrapper]') as HTMLElement | null;
			return { items, text: popover?.innerText.replace(/\s+/g, ' ').trim() ?? '' };
		});
	}

	/** Opens a locator's From List dropdown and waits for its entries (or for what it shows instead). */
	async openList(parameter: string): Promise<ListState> {
		const locator = tid(`resource-locator-${parameter}`);
		await this.click(`${locator} ${tid('rlc-input')}`, `the ${parameter} list`);
		const search = `${locator} ${tid('rlc-search')}`;
		const field = await this.waitFor(`the search field of ${parameter}`, () => this.visible(search));
		if (await field.evaluate((input) => (input as HTMLInputElement).value !== '')) {
			// The list keeps the last search text; a user clears it to see every entry.
			await this.typeInto(search, '', `the search field of ${parameter}`);
		}
		const opened = Date.now();
		// A list shown from n8n's cache is replaced when its request (e.g. for another workspace) answers.
		return this.settledList(
			parameter,
			(state) =>
				this.listing === 0 &&
				(state.items.length > 0 ||
					(Date.now() - opened > 800 &&
						/no results|error|could not|couldn’t|problem|not /i.test(state.text))),
		);
	}

	/** Types `text` into the open list's search field and waits until the entries reflect it. */
	async searchList(parameter: string, text: string): Promise<ListState> {
		await this.typeInto(
			`${tid(`resource-locator-${parameter}`)} ${tid('rlc-search')}`,
			text,
			`the search field of ${parameter}`,
		);
		const lower = text.toLowerCase();
		return this.settledList(
			parameter,
			(state) => state.items.length > 0 && state.items.every((item) => item.toLowerCase().includes(lower)),
		);
	}

	/** Waits (at most 10 s) until the list is `done` and unchanged for a moment; gives its last state either way. */
	private async settledList(parameter: string, done: (state: ListState) => boolean): Promise<ListState> {
		const deadline = Date.now() + 10_000;
		let last = await this.listState(parameter);
		while (Date.now() < deadline) {
			await sleep(250);
			const now = await this.listState(parameter);
			if (done(now) && JSON.stringify(now) === JSON.stringify(last)) return now;
			last = now;
		}
		return last;
	}

	async chooseListItem(parameter: string, item: string) {
		await sleep(100); // the list slides open
		await this.click(
			`${tid(`resource-locator-${parameter}`)} ${tid('rlc-item')}`,
			`“${item}” in the ${parameter} list`,
			item,
		);
		this.lastChange = Date.now();
		await this.waitFor(
			`the ${parameter} list to close`,
			async () => (await this.listState(parameter)).items.length === 0,
			5000,
		);
	}

	async closeList(parameter: string) {
		await this.page.keyboard.press('Escape');
		await this.waitFor(
			`the ${parameter} list to close`,
			async () => (await this.listState(parameter)).items.length === 0,
			5000,
		);
	}

	/** Switches a locator to By ID and types `value`. */
	async setLocatorById(parameter: string, value: string) {
		const locator = tid(`resource-locator-${parameter}`);
		for (let attempt = 1; (await this.locatorMode(parameter)) !== 'By ID'; attempt++) {
			if (!(await this.visible(tid('mode-id'))))
				await this.click(`${locator} ${tid('rlc-mode-selector')}`, `the mode of ${parameter}`);
			await sleep(150); // the dropdown slides open
			await this.click(tid('mode-id'), 'the mode By ID');
			const switched = await this.waitFor(
				`${parameter} in mode By ID`,
				async () => (await this.locatorMode(parameter)) === 'By ID',
				3000,
			).catch(() => false);
			if (!switched && attempt >= 3) throw new Error(`${parameter} does not switch to By ID`);
			await sleep(300);
		}
		await this.typeInto(`${locator} ${tid('rlc-input')}`, value, `the ${parameter} field`);
		await this.page.keyboard.press('Tab');
	}

	// ---- running ---------------------------------------------------------------------------------------

	/**
	 * Waits until the editor has saved the workflow's last change (n8n saves while you type; running before
	 * that save ends can run an older version and makes n8n report the workflow as changed elsewhere).
	 */
	async settle() {
		// n8n saves about 1.7 s after the last change; a change with no save after it for 2.5 s saves nothing.
		await this.waitFor(
			'the editor to save the workflow',
			async () =>
				this.saving === 0 &&
				Date.now() - this.lastSaved > 300 &&
				(this.lastSaved > this.lastChange || Date.now() - this.lastChange > 2500),
			15_000,
		);
	}

	/** Clicks Execute step in the open panel and waits (at most 30 s) for the output panel's verdict. */
	async executeStep(): Promise<StepRun> {
		await this.settle();
		const started = this.page
			.waitForResponse(
				(response) =>
					response.request().method() === 'POST' && /\/rest\/workflows\/[^/]+\/run/.test(response.url()),
				{ timeout: 10_000 },
			)
			.catch(() => undefined);
		await this.click(tid('node-execute-button'), 'the Execute step button');
		if (!(await started)) throw new Error('clicking Execute step started no run');
		await sleep(700); // the run's outcome reaches the editor through its push connection
		const status = await this.waitFor(
			'the node’s run to finish',
			async () => {
				if (await this.visible(`${tid('output-panel')} ${tid('node-run-status-success')}`)) return 'success';
				if (await this.visible(`${tid('output-panel')} ${tid('node-run-status-danger')}`)) return 'error';
				return undefined;
			},
			30_000,
		);
		await sleep(300);
		const error = [
			await this.textOf(tid('node-error-message')),
			await this.textOf(tid('node-error-description')),
		]
			.filter(Boolean)
			.join(' — ');
		return { status: status as StepRun['status'], items: await this.textOf(tid('ndv-items-count')), error };
	}

	async outputText(): Promise<string> {
		return this.textOf(tid('output-panel'));
	}

	// ---- the credential dialog -------------------------------------------------------------------------

	readonly credentialModal = tid('editCredential-modal');

	/** Opens the credential dialog from the node panel's credential (its pencil). */
	async editNodeCredential() {
		await this.openCredentialDialog('the credential’s edit button', async () => {
			await this.click(tid('credential-edit-button'), 'the credential’s edit button');
		});
	}

	/** Opens the node panel's credential list and chooses Create new credential. */
	async createNodeCredential() {
		await this.openCredentialDialog('Create new credential', async () => {
			if (!(await this.visible(tid('node-credentials-select-item-new'))))
				await this.click(tid('node-credentials-select'), 'the credential list');
			await sleep(150);
			await this.click(tid('node-credentials-select-item-new'), 'Create new credential');
		});
	}

	/** Does `open` until the credential dialog shows, at most three times: a click can be lost. */
	private async openCredentialDialog(what: string, open: () => Promise<void>) {
		for (let attempt = 1; !(await this.visible(this.credentialModal)); attempt++) {
			await open();
			const opened = await this.waitFor(
				'the credential dialog',
				() => this.visible(this.credentialModal),
				4000,
			).catch(() => undefined);
			if (!opened && attempt >= 3) throw new Error(`${what} opens no dialog`);
		}
		await sleep(300);
	}

	async waitForCredentialModal() {
		await this.waitFor('the credential dialog', () => this.visible(this.credentialModal), 10_000);
		await sleep(300);
	}

	/** Fills the credential dialog's fields; turns Advanced Settings on first when advanced fields are given. */
	async fillCredential(fields: Record<string, string>, advanced: boolean) {
		const modal = this.credentialModal;
		for (const name of ['clientId', 'clientSecret', 'accountId']) {
			if (fields[name] !== undefined)
				await this.typeInto(
					`${modal} ${tid(`parameter-input-${name}`)} input`,
					fields[name],
					`the credential’s ${name}`,
				);
		}
		if (advanced) {
			const toggle = `${modal} ${tid('parameter-input-advancedSettings')}`;
			const on = await this.page.$eval(
				`${toggle} input`,
				(input) => input.getAttribute('aria-checked') === 'true',
			);
			if (!on) await this.click(`${toggle} .el-switch`, 'the Advanced Settings switch');
			for (const name of ['baseUrl', 'tokenUrl', 'audience']) {
				if (fields[name] !== undefined)
					await this.typeInto(
						`${modal} ${tid(`parameter-input-${name}`)} input`,
						fields[name],
						`the credential’s ${name}`,
					);
			}
		}
		await this.page.keyboard.press('Tab');
		await sleep(200);
	}

	/**
	 * Clicks Save and waits for n8n's connection test: the dialog then shows the outcome, or closes (n8n
	 * closes a new credential's dialog when its test succeeds).
	 */
	async saveCredential(): Promise<CredentialTest> {
		const tested = this.page
			.waitForResponse((response) => response.url().endsWith('/rest/credentials/test'), { timeout: 25_000 })
			.catch(() => undefined);
		let saved = false;
		for (let attempt = 0; attempt < 3 && !saved; attempt++) {
			const saving = this.page
				.waitForResponse(
					(response) =>
						/\/rest\/credentials(\/[\w-]+)?$/.test(new URL(response.url()).pathname) &&
						['POST', 'PATCH'].includes(response.request().method()),
					{ timeout: 4000 },
				)
				.then(() => true)
				.catch(() => false);
			await this.click(
				`${this.credentialModal} ${tid('credential-save-button')} button`,
				'the credential’s Save button',
			);
			saved = await saving;
		}
		if (!saved) throw new Error('clicking Save did not save the credential');
		await tested;
		await sleep(500);
		return this.credentialTestShown();
	}

	/** The connection test's outcome the dialog shows (waits at most 15 s for one). */
	async credentialTestShown(): Promise<CredentialTest> {
		try {
			return await this.waitFor(
				'the connection test’s outcome',
				async (): Promise<CredentialTest | undefined> => {
					if (!(await this.visible(this.credentialModal))) return { state: 'closed', message: '' };
					const text = await this.textOf(this.credentialModal);
					if (text.includes('Connection tested successfully'))
						return { state: 'ok', message: 'Connection tested successfully' };
					if (/Couldn’t connect|Couldn't connect/.test(text)) {
						const more = await this.visible(
							`${this.credentialModal} a, ${this.credentialModal} span`,
							'More details',
						);
						if (more) {
							await more.click();
							await sleep(300);
						}
						const banner = await this.visible(`${this.credentialModal} .el-tag--danger`, /Couldn.t connect/);
						const message = banner
							? ((await banner.evaluate((node) => (node as HTMLElement).innerText)) as string)
							: text;
						return {
							state: 'failed',
							message: message
								.replace(/\s+/g, ' ')
								.replace(/\s*Retry\s*/, ' ')
								.trim(),
						};
					}
					return undefined;
				},
				15_000,
			);
		} catch {
			return { state: 'unknown', message: (await this.textOf(this.credentialModal)).slice(0, 200) };
		}
	}

	async closeCredentialModal() {
		if (!(await this.visible(this.credentialModal))) return;
		await this.click(`${this.credentialModal} .el-dialog__headerbtn`, 'the credential dialog’s close button');
		await this.waitFor(
			'the credential dialog to close',
			async () => !(await this.visible(this.credentialModal)),
		);
	}

	async deleteCredential() {
		await this.click(
			`${this.credentialModal} ${tid('credential-delete-button')}`,
			'the credential’s delete button',
		);
		await this.click('.el-message-box .btn--confirm', 'Yes, delete');
		await this.waitFor(
			'the credential dialog to close',
			async () => !(await this.visible(this.credentialModal)),
		);
		await this.waitFor(
			'the confirmation to close',
			async () => !(await this.visible('.el-overlay-message-box')),
		);
	}
}

export function sleep(ms: number) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

import '../../harness/environment';
import { launch, type Browser } from 'puppeteer-core';
import type { CheckGroup, Context } from './check';
import { aiTools } from './checks/aiTools';
import { credential } from './checks/credential';
import { errorMessage } from './checks/errorMessage';
import { example } from './checks/example';
import { httpRequest } from './checks/httpRequest';
import { nodePicker } from './checks/nodePicker';
import { nodeTour } from './checks/nodeTour';
import { trigger } from './checks/trigger';
import { findOrInstallChromium } from './chromium';
import { nodeShapes } from './descriptions';
import { Editor } from './editor';
import { OWNER, startStack } from './stack';

/** In order: the credential check leaves the credential every later check uses. */
const GROUPS: CheckGroup[] = [
	nodePicker,
	credential,
	httpRequest,
	nodeTour,
	errorMessage,
	example,
	aiTools,
	trigger,
];
const SUITE_LIMIT_MS = 9 * 60_000;
const VIEWPORT = { width: 1440, height: 900 };

/**
 * `npm run test:editor`: the real n8n editor in headless Chromium, used as a new user would, against the
 * emulator. Prints one line per check, then "N passed, N failed"; exits non-zero when a check failed.
 * With `--docs` it also rewrites the README's screenshots (docs/screenshots/node-picker.png, ...); with
 * `--only=b,d` it runs only those groups (b, the credential, is what the later ones use).
 */
async function main(): Promise<number> {
	const started = Date.now();
	let stopStack: (() => Promise<void>) | undefined;
	let browser: Browser | undefined;
	let passed = 0;
	let failed = 0;
	let cleaning: Promise<void> | undefined;
	/** Ends the browser, n8n and the emulator, once (the watchdog and the normal end may both ask). */
	const cleanUp = () =>
		(cleaning ??= (async () => {
			if (browser) {
				await Promise.race([browser.close(), sleep(10_000)]).catch(() => {});
				browser.process()?.kill('SIGKILL');
			}
			await stopStack?.();
		})());
	const abort = (reason: string) => {
		console.log(`FAIL ${reason}`);
		void cleanUp().finally(() => {
			console.log(`${passed} passed, ${failed + 1} failed`);
			process.exit(1);
		});
	};
	const watchdog = setTimeout(
		() => abort(`the suite did not finish within ${SUITE_LIMIT_MS / 60_000} minutes`),
		SUITE_LIMIT_MS,
	);
	process.once('SIGINT', () => abort('interrupted'));
	process.once('SIGTERM', () => abort('terminated'));

	try {
		const chromium = await findOrInstallChromium();
		const nodes = await nodeShapes();
		const stack = await startStack((stop) => (stopStack = stop));
		console.log(
			`editor: n8n at ${stack.n8nUrl}, emulator at ${stack.emulator.url} (ready after ${seconds(started)} s)`,
		);
		browser = await launch({
			executablePath: chromium,
			headless: true,
			defaultViewport: VIEWPORT,
			protocolTimeout: 60_000,
			// This script ends the browser itself (with n8n and the emulator) on Ctrl+C or a kill.
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false,
			args: [
				`--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
				'--disable-dev-shm-usage',
				'--disable-gpu',
				'--lang=en-US',
				...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
			],
		});
		const page = (await browser.pages())[0] ?? (await browser.newPage());
		const editor = new Editor(page, stack.n8nUrl, process.argv.includes('--docs'));
		await editor.signIn(OWNER.email, OWNER.password);
		const context: Context = { editor, emulator: stack.emulator, nodes };

		const only = process.argv
			.find((arg) => arg.startsWith('--only='))
			?.slice('--only='.length)
			.split(',');
		for (const group of GROUPS.filter(
			(entry) => !only || entry.checks.some((check) => only.some((id) => check.id.startsWith(id))),
		)) {
			const reported = new Set<string>();
			const report = (id: string, problems: string[]) => {
				const check = group.checks.find((entry) => entry.id === id)!;
				reported.add(id);
				print(id, check.title, problems);
				if (problems.length === 0) passed++;
				else failed++;
			};
			const groupStart = Date.now();
			editor.deadline = groupStart + group.budgetMs;
			let reason = 'not reached';
			try {
				await group.run(context, report);
			} catch (error) {
				reason = (error as Error).message.split('\n')[0];
				await editor.checkShot(`${group.checks[0].id}-failure`).catch(() => {});
			}
			for (const check of group.checks.filter((entry) => !reported.has(entry.id))) report(check.id, [reason]);
			editor.deadline = Infinity;
			await editor.page.keyboard.press('Escape').catch(() => {});
		}
	} catch (error) {
		console.log(`FAIL setting up: ${(error as Error).message}`);
		failed++;
	} finally {
		clearTimeout(watchdog);
		await cleanUp();
	}
	console.log(`\neditor: ${seconds(started)} s`);
	console.log(`${passed} passed, ${failed} failed`);
	return failed > 0 ? 1 : 0;
}

function print(id: string, title: string, problems: string[]) {
	const line = `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${id}. ${title}`;
	console.log(problems.length === 0 ? line : `${line}: ${problems.join(' | ')}`);
}

function seconds(since: number) {
	return Math.round((Date.now() - since) / 1000);
}

function sleep(ms: number) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);

/**
 * n8n's community-package scanner (@n8n/scan-community-package), run offline on this repository.
 *
 * `npx @n8n/scan-community-package <name>` checks a published package: its npm provenance, then it
 * lints the attested source and the published tarball with its own ESLint rules. The registry and
 * provenance steps need a published version and the network; this script runs the two lint legs
 * with the scanner's own `analyzePackage` and file patterns:
 *   1. the source: SOURCE_FILE_PATTERNS (package.json and nodes/, credentials/);
 *   2. the tarball `npm pack` makes from the current dist/: **\/*.js and package.json.
 * The scanner passes a package with warnings; here any finding fails, warnings included (listed with
 * the scanner's own rule set and ESLint options).
 *
 * usage: node scripts/scan-package.js      (after `npm run build`; `npm run scan` builds first)
 */
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, readdirSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = resolve(__dirname, '..');
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	}
	return result.stdout;
}

/** Packs the package as npm publish would and unpacks it into `into`; returns the tarball's name. */
function packInto(into) {
	const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', into], root));
	const unpacked = join(into, 'package');
	run('tar', ['-xzf', join(into, packed.filename), '-C', into], root);
	return { name: packed.filename, dir: unpacked };
}

async function main() {
	// The scanner makes a temporary folder when it loads: keep it inside ours, removed at the end.
	const scratch = mkdtempSync(join(tmpdir(), 'scan-package-'));
	process.env.TMPDIR = scratch;
	const scannerPath = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
	const scanner = await import(pathToFileURL(scannerPath).href);
	const { ESLint } = require(require.resolve('eslint', { paths: [scannerPath] }));
	const glob = require(require.resolve('fast-glob', { paths: [scannerPath] }));
	const { version } = require('@n8n/scan-community-package/package.json');

	/**
	 * Lints like the scanner and says what it found: 'clean', 'warnings' (the scanner's verdict passes) or
	 * 'errors' (it fails). Warnings are listed with the scanner's own rule set and ESLint options.
	 */
	async function scan(label, dir, patterns) {
		const verdict = await scanner.analyzePackage(dir, patterns);
		const files = glob.sync(patterns, {
			cwd: dir,
			absolute: true,
			ignore: ['node_modules/**', '**/package-lock.json'],
		});
		const eslint = new ESLint({
			cwd: dir,
			allowInlineConfig: false,
			overrideConfigFile: true,
			overrideConfig: await scanner.buildScanConfig(),
		});
		const results = await eslint.lintFiles(files);
		const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
		const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
		const where = `${label} (${patterns.join(', ')}): ${files.length} files`;
		if (verdict.passed && errors + warnings === 0 && files.length > 0) {
			console.log(`scan: ${where}, 0 findings`);
			return 'clean';
		}
		console.log(`scan: ${where}, ${errors} errors, ${warnings} warnings`);
		if (!verdict.passed) console.log(`scan: the scanner's verdict: ${verdict.message}`);
		if (files.length === 0) console.log('scan: no files to scan');
		const formatter = await eslint.loadFormatter('stylish');
		const report = await formatter.format(results);
		console.log(report.split(dir + '/').join(''));
		return verdict.passed && files.length > 0 ? 'warnings' : 'errors';
	}

	try {
		console.log(`scan: @n8n/scan-community-package ${version}, offline (no provenance or registry steps)`);
		const source = await scan('source', root, scanner.SOURCE_FILE_PATTERNS);
		const tarball = packInto(scratch);
		const packed = await scan(`tarball ${tarball.name}`, tarball.dir, TARBALL_FILE_PATTERNS);
		const shipped = readdirSync(tarball.dir).sort();
		if ([source, packed].includes('errors')) {
			console.log("scan: FAILED: fix the findings above (n8n's scanner fails this package)");
			process.exitCode = 1;
		} else if ([source, packed].includes('warnings')) {
			console.log(
				"scan: FAILED: fix the warnings above (n8n's scanner lets warnings pass; this check does not)",
			);
			process.exitCode = 1;
		} else {
			console.log(`scan: passed; the tarball holds ${shipped.join(', ')}`);
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

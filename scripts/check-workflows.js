/**
 * Checks the GitHub Actions workflows in .github/workflows/, offline:
 *   1. each file against GitHub's workflow schema, with @action-validator/core (the validator of the
 *      action-validator CLI, compiled to WebAssembly): unknown or misplaced keys, wrong types, bad
 *      `on:` events and the like;
 *   2. ci.yml runs every command of .ci/run, so the two do not drift apart;
 *   3. publish.yml publishes with provenance under `id-token: write` after the release check.
 *
 * usage: node scripts/check-workflows.js      (npm run check:workflows)
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { validateWorkflow } = require('@action-validator/core');
const { version } = require('@action-validator/core/package.json');

const root = resolve(__dirname, '..');
const folder = join(root, '.github', 'workflows');

/** The leaf messages of a validation error; of `oneOf` branches, the one that came closest. */
function messages(error) {
	if (error.states?.length) {
		const branches = error.states.map((state) => state.errors.flatMap(messages));
		return branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
	}
	const where = error.location ? `line ${error.location.line}` : error.path || '/';
	return [`${where}: ${error.detail ?? error.title}`];
}

/** The commands .ci/run runs: its lines that are not comments, `set` or `cd`. */
function ciRunCommands() {
	return readFileSync(join(root, '.ci', 'run'), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#') && !/^(set|cd) /.test(line));
}

const problems = [];
const files = readdirSync(folder)
	.filter((name) => /\.ya?ml$/.test(name))
	.sort();
console.log(`workflows: @action-validator/core ${version} on .github/workflows/ (${files.join(', ')})`);
for (const name of files) {
	const { errors } = validateWorkflow(readFileSync(join(folder, name), 'utf8'));
	const found = errors.flatMap(messages);
	if (found.length === 0) console.log(`workflows: ${name}: valid`);
	else problems.push(...found.map((message) => `${name}: ${message}`));
}

const read = (name) => (files.includes(name) ? readFileSync(join(folder, name), 'utf8') : '');
const ci = read('ci.yml');
const ciRuns = new Set([...ci.matchAll(/^\s*(?:- )?run: (.+)$/gm)].map((match) => match[1].trim()));
const missing = ciRunCommands().filter((command) => !ciRuns.has(command));
if (missing.length === 0) console.log('workflows: ci.yml runs every command of .ci/run');
else problems.push(...missing.map((command) => `ci.yml: does not run \`${command}\` (a step of .ci/run)`));

const publish = read('publish.yml');
for (const [needed, why] of [
	[/^\s*id-token: write$/m, 'id-token: write (npm trusted publishing)'],
	[/^\s*- run: npm run release:check -- --tag "\$GITHUB_REF_NAME"$/m, 'the release check with the tag'],
	[/^\s*- run: npm publish --provenance --access public$/m, 'npm publish --provenance --access public'],
]) {
	if (!needed.test(publish)) problems.push(`publish.yml: lacks ${why}`);
}
if (publish && !problems.some((problem) => problem.startsWith('publish.yml'))) {
	console.log('workflows: publish.yml runs the release check and publishes with provenance');
}

if (problems.length > 0) {
	for (const problem of problems) console.log(`workflows: ${problem}`);
	console.log(`workflows: FAILED (${problems.length} problems)`);
	process.exitCode = 1;
}

/**
 * Refuses a release while package.json's metadata is not the real one: publish.yml runs it before
 * `npm publish`, and anyone can run it locally (`npm run release:check`, which builds first).
 *
 * It checks that:
 *   - `repository` names the repository this copy was cloned from (`git remote get-url origin`);
 *   - `homepage` and `bugs` are pages of that repository;
 *   - `author` has a real name and e-mail address (not the placeholders the package carries until then);
 *   - CHANGELOG.md has a dated entry for package.json's version;
 *   - the codex files in dist/ link to the README in that repository;
 *   - with `--tag vX.Y.Z` (the pushed tag): the tag is "v" + package.json's version.
 *
 * usage: node scripts/release-check.js [--tag vX.Y.Z]
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { repositoryWebUrl, webUrl } = require('./repository');

const root = resolve(__dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Text that marks a value as not filled in yet. */
const PLACEHOLDER =
	/unset|placeholder|todo|tbd|your[ _-]?name|example\.(com|org|net|invalid)|\.invalid$|[<>{}]/i;

const results = [];
const check = (what, problem) => results.push({ what, problem });

function tagOption() {
	const at = process.argv.indexOf('--tag');
	return at === -1 ? undefined : (process.argv[at + 1] ?? '');
}

function origin() {
	const result = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Whether `url` is `base` or a page under it (case aside: GitHub's owner and repository names are not). */
const under = (url, base) => {
	const [address, lower] = [String(url ?? '').toLowerCase(), base.toLowerCase()];
	return address === lower || ['/', '#', '?'].some((separator) => address.startsWith(lower + separator));
};

const tag = tagOption();
if (tag !== undefined) {
	check(
		`tag ${tag || '(empty)'} is "v" + package.json's version ${manifest.version}`,
		tag === `v${manifest.version}` ? undefined : `the tag must be v${manifest.version}`,
	);
}

const repository = repositoryWebUrl(manifest);
const remote = origin();
const remoteUrl = remote === undefined ? undefined : webUrl(remote);
check(
	`repository ${repository ?? '(none)'} is this copy's git remote origin (${remote ?? 'none'})`,
	repository === undefined
		? 'package.json has no repository: add {"type": "git", "url": "git+https://github.com/OWNER/REPO.git"}'
		: remoteUrl === undefined
			? 'this copy has no git remote "origin" that names a repository'
			: repository.toLowerCase() !== remoteUrl.toLowerCase()
				? `the remote origin is ${remoteUrl}`
				: undefined,
);

const base = repository ?? remoteUrl ?? 'https://github.com/OWNER/REPO';
check(
	`homepage ${manifest.homepage ?? '(none)'} is in the repository`,
	repository && under(manifest.homepage, repository) ? undefined : `set it to ${base}#readme`,
);
const bugs = typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url;
check(
	`bugs ${bugs ?? '(none)'} is the repository's issues`,
	repository && under(bugs, `${repository}/issues`) ? undefined : `set it to {"url": "${base}/issues"}`,
);

const author = typeof manifest.author === 'string' ? { name: manifest.author } : (manifest.author ?? {});
const authorText = `${author.name ?? ''} <${author.email ?? ''}>`;
check(
	`author ${authorText} is filled in`,
	!author.name?.trim() || !author.email?.trim()
		? 'author needs a name and an e-mail address'
		: PLACEHOLDER.test(author.name) ||
			  PLACEHOLDER.test(author.email) ||
			  !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email)
			? "author is still a placeholder: give the publisher's name and an address that reaches them"
			: undefined,
);

const changelogPath = join(root, 'CHANGELOG.md');
const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
const escapedVersion = manifest.version.replace(/\./g, '\\.');
check(
	`CHANGELOG.md has a dated entry for ${manifest.version}`,
	new RegExp(`^## \\[${escapedVersion}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm').test(changelog)
		? undefined
		: `add "## [${manifest.version}] - YYYY-MM-DD" (the release date) and its link at the end`,
);

const distNodes = join(root, 'dist', 'nodes');
const codexLinks = existsSync(distNodes)
	? readdirSync(distNodes).flatMap((folder) => {
			const file = join(distNodes, folder, `${folder}.node.json`);
			if (!existsSync(file)) return [];
			const { resources = {} } = JSON.parse(readFileSync(file, 'utf8'));
			return Object.values(resources)
				.flat()
				.map((entry) => entry.url)
				.filter((url) => !url.startsWith('https://docs.mparticle.com/'));
		})
	: [];
const strayLinks = codexLinks.filter((url) => !repository || !url.startsWith(`${repository}#`));
check(
	`the codex files in dist/ link to the README in the repository (${codexLinks.length} links)`,
	codexLinks.length === 0
		? 'dist/ has no codex files: run npm run build'
		: strayLinks.length > 0
			? `${strayLinks.length} link elsewhere, e.g. ${strayLinks[0]} (the build takes the repository from package.json)`
			: undefined,
);

for (const { what, problem } of results) {
	console.log(problem ? `release-check: FAIL ${what}: ${problem}` : `release-check: ok   ${what}`);
}
const refused = results.filter((result) => result.problem).length;
if (refused > 0) {
	console.log(`release-check: refusing to release ${manifest.name}@${manifest.version} (${refused} refused)`);
	process.exitCode = 1;
} else {
	console.log(`release-check: ${manifest.name}@${manifest.version} may be published`);
}

/**
 * Where package.json says the package's source lives, as a web address, and where its README is for the
 * codex documentation links (the gulpfile and the release check use these).
 */
const { URL } = require('node:url');

/** The package's page on npm, which shows the README of the published version. */
const npmPage = (name) => `https://www.npmjs.com/package/${name}`;

const SHORTHAND_HOSTS = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/**
 * https://host/owner/repo for the usual ways of writing a git address (git+https://…/repo.git,
 * git@host:owner/repo.git, ssh://git@host/owner/repo, github:owner/repo, owner/repo), or undefined.
 */
function webUrl(address) {
	const text = String(address ?? '')
		.trim()
		.replace(/^git\+/, '');
	let host;
	let path;
	const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(text);
	const scpLike = /^(?:[\w.-]+@)?([\w.-]+\.[\w.-]+):(?!\/\/)(.+)$/.exec(text);
	if (shorthand) {
		host = SHORTHAND_HOSTS[shorthand[1] ?? 'github'];
		path = shorthand[2];
	} else if (scpLike) {
		host = scpLike[1];
		path = scpLike[2];
	} else {
		try {
			const url = new URL(text);
			if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
			host = url.hostname;
			path = url.pathname;
		} catch {
			return undefined;
		}
	}
	const segments = path
		.replace(/\.git\/?$/, '')
		.split('/')
		.filter(Boolean);
	if (segments.length < 2) return undefined;
	return `https://${host.toLowerCase()}/${segments.join('/')}`;
}

/** The web address of package.json's `repository`, or undefined when it has none. */
function repositoryWebUrl(manifest) {
	const { repository } = manifest;
	return webUrl(typeof repository === 'string' ? repository : repository?.url);
}

/** Where users read the README: in the package's repository once package.json names it, else on npm. */
const readmeUrl = (manifest) => repositoryWebUrl(manifest) ?? npmPage(manifest.name);

module.exports = { npmPage, webUrl, repositoryWebUrl, readmeUrl };

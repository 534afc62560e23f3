const { Buffer } = require('node:buffer');
const { Transform } = require('node:stream');
const { src, dest } = require('gulp');
const manifest = require('./package.json');
const { npmPage, readmeUrl } = require('./scripts/repository');

/**
 * The codex files link to README sections on the package's npm page; once package.json names the
 * package's repository, the links go to the README there (what the release check requires).
 */
function pointDocumentationAtReadme() {
	const from = `${npmPage(manifest.name)}#`;
	const to = `${readmeUrl(manifest)}#`;
	return new Transform({
		objectMode: true,
		transform(file, _encoding, done) {
			if (file.path.endsWith('.node.json')) {
				file.contents = Buffer.from(file.contents.toString('utf8').split(from).join(to));
			}
			done(null, file);
		},
	});
}

/** Copies what tsc does not emit into dist/: node and credential icons, and the codex (.node.json) files. */
function copyAssets() {
	return src(['icons/**/*.svg', 'nodes/**/*.node.json'], { base: '.', encoding: false })
		.pipe(pointDocumentationAtReadme())
		.pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;

const { src, dest } = require('gulp');

/** Copies what tsc does not emit into dist/: node and credential icons, and the codex (.node.json) files. */
function copyAssets() {
	return src(['icons/**/*.svg', 'nodes/**/*.node.json'], { base: '.', encoding: false }).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;

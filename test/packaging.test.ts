import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm publish` would upload, and the changelog entry of the version it would publish. */

const ROOT = join(__dirname, '..');
const TOP_LEVEL_FILES = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'];

describe('the npm package', () => {
	it('holds only what users need: dist/, README, LICENSE, CHANGELOG and package.json', () => {
		const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
		expect(packed.status).toBe(0);
		const [{ files }] = JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>;
		const paths = files.map((file) => file.path);
		expect(paths.filter((path) => !path.startsWith('dist/') && !TOP_LEVEL_FILES.includes(path))).toEqual([]);
		expect(paths).toEqual(
			expect.arrayContaining([...TOP_LEVEL_FILES, 'dist/credentials/MParticleApi.credentials.js']),
		);
	});

	it('has a changelog entry for the version in package.json', () => {
		const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
		const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
		expect(changelog.split('\n')).toContainEqual(
			expect.stringMatching(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - `)),
		);
	});
});

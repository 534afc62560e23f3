import '../harness/environment';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { INodeType } from 'n8n-workflow';
import { loadPackage, PACKAGE_NAME, PACKAGE_ROOT, resourcesOf } from '../harness/package';

/**
 * The code's layout is a contract (CONTRIBUTING.md): every node is a description file, a codex file,
 * `resources/<resource>/index.ts` with one file per operation beside it, and helpers in folders named after
 * their concept. Adding an operation is one file and one line in every node. These checks read the source
 * and hold it against the package n8n loads.
 */

const NODES_DIR = join(PACKAGE_ROOT, 'nodes');
/** The trigger has no operations: its layout is checked on its own below. */
const TRIGGER_FOLDER = 'MParticleTrigger';
const nodeFolders = readdirSync(NODES_DIR).filter(
	(name) => name.startsWith('MParticle') && name !== TRIGGER_FOLDER,
);

const read = (path: string) => readFileSync(path, 'utf8');
const isDir = (path: string) => statSync(path).isDirectory();
const tsFiles = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (isDir(path)) return tsFiles(path);
		return name.endsWith('.ts') ? [path] : [];
	});

/** `export const x: Operation = {` — how an operation file declares its operation. */
const OPERATION_DECLARATION = /export const (\w+): Operation = \{/g;
const operationsDeclaredIn = (source: string) => [...source.matchAll(OPERATION_DECLARATION)].map((m) => m[1]);
const operationValueOf = (source: string) => /\n\tvalue: '(\w+)',/.exec(source)?.[1];

async function loadedNode(folder: string) {
	const pkg = await loadPackage();
	const name = folder.charAt(0).toLowerCase() + folder.slice(1);
	return pkg.nodeTypes.getByNameAndVersion(`${PACKAGE_NAME}.${name}`) as INodeType;
}

describe('every node has the same layout', () => {
	it('finds the ten resource nodes', () => {
		expect(nodeFolders).toHaveLength(10);
	});

	describe.each(nodeFolders)('%s', (folder) => {
		const dir = join(NODES_DIR, folder);
		const resourcesDir = join(dir, 'resources');
		const resourceFolders = existsSync(resourcesDir) ? readdirSync(resourcesDir) : [];

		it('holds its node file, its codex, resources/ and concept folders only', () => {
			const loose = readdirSync(dir).filter((name) => !isDir(join(dir, name)));
			expect(loose.sort()).toEqual([`${folder}.node.json`, `${folder}.node.ts`]);
			expect(resourceFolders.length).toBeGreaterThan(0);
			for (const name of readdirSync(resourcesDir)) expect(isDir(join(resourcesDir, name))).toBe(true);
		});

		it('has a node file that holds its description and nothing else', () => {
			const source = read(join(dir, `${folder}.node.ts`));
			const body = source.replace(/^import [\s\S]*?;\n/gm, '').trim();
			// One class, made of `description = {...}` and `methods = {...}`: no code of its own.
			expect(body.startsWith(`export class ${folder} implements INodeType {`)).toBe(true);
			expect(body.match(/^\t\w+/gm)).toEqual(['\tdescription', '\tmethods']);
			for (const code of ['function', '=>', 'async ', 'execute', 'poll(', 'this.']) {
				expect([folder, body.includes(code) ? code : '']).toEqual([folder, '']);
			}
		});

		it('has an index per resource that lists one file per operation', () => {
			for (const resource of resourceFolders) {
				const resourceDir = join(resourcesDir, resource);
				const index = read(join(resourceDir, 'index.ts'));
				expect(index).toContain(`export const ${resource}Resource: Resource = {`);
				expect(index).toContain(`\tvalue: '${resource}',`);
				const listed = /operations: \[([^\]]*)\]/
					.exec(index)?.[1]
					.split(',')
					.map((name) => name.trim())
					.filter(Boolean);
				const files = readdirSync(resourceDir).filter((name) => !['index.ts', 'fields.ts'].includes(name));
				const declared = files.flatMap((file) => {
					const names = operationsDeclaredIn(read(join(resourceDir, file)));
					expect([file, names.length]).toEqual([file, 1]);
					expect(index).toContain(`from './${file.replace(/\.ts$/, '')}';`);
					return names;
				});
				expect(listed?.sort()).toEqual(declared.sort());
			}
		});

		it('declares no operation outside resources/<resource>/', () => {
			const outside = tsFiles(dir).filter(
				(file) =>
					!relative(resourcesDir, file).match(/^\w+\/\w+\.ts$/) &&
					operationsDeclaredIn(read(file)).length > 0,
			);
			expect(outside).toEqual([]);
		});

		it('offers exactly the resources and operations its folders hold', async () => {
			const offered = resourcesOf((await loadedNode(folder)).description);
			expect(offered.map(({ resource }) => resource.value).sort()).toEqual([...resourceFolders].sort());
			for (const { resource: option, operations: options } of offered) {
				const resource = String(option.value);
				const operations = options.map((operation) => operation.value);
				const resourceDir = join(resourcesDir, resource);
				const files = readdirSync(resourceDir).filter((name) => !['index.ts', 'fields.ts'].includes(name));
				const values = files.map((file) => operationValueOf(read(join(resourceDir, file))));
				expect([resource, [...operations].sort()]).toEqual([resource, values.sort()]);
			}
		});
	});
});

describe('the trigger has the same shape, with watches instead of operations', () => {
	const dir = join(NODES_DIR, TRIGGER_FOLDER);
	const watchedDir = join(dir, 'watched');

	it('holds its node file, its codex and concept folders only', () => {
		const loose = readdirSync(dir).filter((name) => !isDir(join(dir, name)));
		expect(loose.sort()).toEqual([`${TRIGGER_FOLDER}.node.json`, `${TRIGGER_FOLDER}.node.ts`]);
	});

	it('has a node file that holds its description, its lists and the shared poll, and nothing else', () => {
		const body = read(join(dir, `${TRIGGER_FOLDER}.node.ts`))
			.replace(/^import [\s\S]*?;\n/gm, '')
			.trim();
		expect(body.startsWith(`export class ${TRIGGER_FOLDER} implements INodeType {`)).toBe(true);
		expect(body.match(/^\t\w+/gm)).toEqual(['\tdescription', '\tmethods', '\tpoll']);
		expect(body).toContain('\tpoll = pollForChanges;');
		for (const code of ['function', '=>', 'async ', 'execute', 'this.']) {
			expect(body.includes(code) ? code : '').toBe('');
		}
	});

	it('lists one file per watch in watched/index.ts, each declaring one watch', async () => {
		const index = read(join(watchedDir, 'index.ts'));
		const files = readdirSync(watchedDir).filter((name) => !['index.ts', 'watched.ts'].includes(name));
		const declared = files.map((file) => {
			const names = [...read(join(watchedDir, file)).matchAll(/export const (\w+): Watched = \{/g)];
			expect([file, names.length]).toEqual([file, 1]);
			expect(index).toContain(`from './${file.replace(/\.ts$/, '')}';`);
			return /\n\tvalue: '(\w+)',/.exec(read(join(watchedDir, file)))?.[1];
		});
		const trigger = (await loadedNode(TRIGGER_FOLDER)).description;
		const watch = trigger.properties.find((property) => property.name === 'resource')!;
		const offered = (watch.options as Array<{ value: string }>).map((option) => option.value);
		expect([...offered].sort()).toEqual(declared.sort());
	});
});

/** Relative imports of the shipped code, as a graph from file to file. */
function importGraph(roots: string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of roots.flatMap((root) => tsFiles(join(PACKAGE_ROOT, root)))) {
		const targets = [...read(file).matchAll(/from '(\.[^']*)'/g)].map(([, spec]) => {
			const base = resolve(dirname(file), spec);
			return existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts');
		});
		graph.set(file, targets);
	}
	return graph;
}

function cyclesOf(graph: Map<string, string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (file: string, path: string[]) => {
		if (state.get(file) === 'done') return;
		if (state.get(file) === 'open') {
			cycles.push(path.slice(path.indexOf(file)).map((entry) => relative(PACKAGE_ROOT, entry)));
			return;
		}
		state.set(file, 'open');
		for (const target of graph.get(file) ?? []) visit(target, [...path, target]);
		state.set(file, 'done');
	};
	for (const file of graph.keys()) visit(file, [file]);
	return cycles;
}

describe('imports go one way', () => {
	const graph = importGraph(['nodes', 'credentials', 'emulator']);
	const from = (folder: string) =>
		[...graph.entries()].filter(([file]) => relative(PACKAGE_ROOT, file).startsWith(`${folder}/`));
	const into = (targets: string[], folder: string) =>
		targets.filter((target) => relative(PACKAGE_ROOT, target).startsWith(`${folder}/`));

	it('has no import cycles in nodes/, credentials/ or emulator/', () => {
		expect(cyclesOf(graph)).toEqual([]);
	});

	it('nodes never import the credential (the credential may use nodes/shared/)', () => {
		expect(from('nodes').flatMap(([, targets]) => into(targets, 'credentials'))).toEqual([]);
		const credentialImports = from('credentials').flatMap(([, targets]) => into(targets, 'nodes'));
		expect(
			credentialImports.every((target) => relative(PACKAGE_ROOT, target).startsWith('nodes/shared/')),
		).toBe(true);
	});

	it('nodes/shared/ never reaches into a node folder, and node folders not into each other', () => {
		for (const [file, targets] of from('nodes')) {
			const own = relative(NODES_DIR, file).split('/')[0];
			const foreign = targets
				.map((target) => relative(NODES_DIR, target).split('/')[0])
				.filter((folder) => folder !== own && folder !== 'shared');
			expect([relative(PACKAGE_ROOT, file), foreign]).toEqual([relative(PACKAGE_ROOT, file), []]);
		}
	});
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeHelpers, type INode, type INodeParameters, type INodeType } from 'n8n-workflow';
import { loadPackage, PACKAGE_NAME } from '../harness/package';
import { exampleChecks, outputsOf } from '../e2e/exampleChecks';
import '../e2e/examples';
import { useHarness } from './helpers';

const h = useHarness();
const folder = join(__dirname, '..', 'examples');
const files = readdirSync(folder).filter((file) => file.endsWith('.json'));

describe('example workflows run against the emulator', () => {
	it('there is at least one example per node', () => {
		const used = new Set(
			files.flatMap((file) =>
				(JSON.parse(readFileSync(join(folder, file), 'utf8')).nodes as Array<{ type: string }>).map(
					(node) => node.type,
				),
			),
		);
		const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
			n8n: { nodes: string[] };
		};
		const nodes = manifest.n8n.nodes.map(
			(path) =>
				`n8n-nodes-mparticle.${path
					.split('/')
					.pop()!
					.replace('.node.js', '')
					.replace(/^MParticle/, 'mParticle')}`,
		);
		expect(nodes.filter((type) => !used.has(type))).toEqual([]);
	});

	it.each(files)('%s keeps every resource locator in the shape the editor saves', async (file) => {
		const pkg = await loadPackage();
		const nodes = (JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: INode[] }).nodes;
		const plain = nodes
			.filter((node) => node.type.startsWith(`${PACKAGE_NAME}.`))
			.flatMap((node) => {
				const { description } = pkg.nodeTypes.getByNameAndVersion(node.type) as INodeType;
				const parameters =
					NodeHelpers.getNodeParameters(
						description.properties,
						node.parameters,
						true,
						false,
						node,
						description,
					) ?? ({} as INodeParameters);
				return description.properties
					.filter(
						(property) =>
							property.type === 'resourceLocator' &&
							property.name in node.parameters &&
							NodeHelpers.displayParameter(parameters, property, node, description),
					)
					.filter((property) => {
						const value = node.parameters[property.name] as { __rl?: unknown; mode?: unknown } | string;
						return typeof value !== 'object' || value.__rl !== true || typeof value.mode !== 'string';
					})
					.map((property) => `${node.name}: ${property.name}`);
			});
		expect(plain).toEqual([]);
	});

	it.each(files)('%s', async (file) => {
		const exported = JSON.parse(readFileSync(join(folder, file), 'utf8'));
		const check = exampleChecks[file];
		expect(check).toBeDefined();
		const run = await h.engine.runWorkflowJson(exported);
		expect(check!(outputsOf(run))).toEqual([]);
		expect(h.emulator.apiRequests().length).toBeGreaterThan(0);
	});
});

import '../harness/environment';
import { NodeHelpers, type INode, type INodeParameters, type INodeType } from 'n8n-workflow';
import { loadPackage, PACKAGE_NAME, resourcesOf } from '../harness/package';

/**
 * When a node is used as an AI Agent tool, n8n describes it to the model with n8n-workflow's own
 * getToolDescriptionForNode: the chosen operation's `action`, but only for nodes with a Resource selector
 * whose Operation selector is shown for the chosen resource. Otherwise the model gets the node's general
 * description for every operation. Asked here for every (node, resource, operation).
 */

interface ToolCase {
	node: string;
	resource: string;
	operation: string;
	action: string;
}

async function toolCases(): Promise<Array<ToolCase & { type: INodeType }>> {
	const pkg = await loadPackage();
	return pkg.nodeTypeNames.flatMap((fullName) => {
		const type = pkg.nodeTypes.getByNameAndVersion(fullName) as INodeType;
		const resources = resourcesOf(type.description);
		if (resources.length === 0) throw new Error(`${fullName} has no Resource selector`);
		return resources.flatMap(({ resource, operations }) =>
			operations.map((option) => ({
				node: fullName.replace(`${PACKAGE_NAME}.`, ''),
				resource: String(resource.value),
				operation: String(option.value),
				action: String(option.action),
				type,
			})),
		);
	});
}

/** The node as n8n holds it once a workflow is loaded: the given parameters plus every default. */
function toolNode(type: INodeType, parameters: INodeParameters): INode {
	const node: INode = {
		id: 'tool',
		name: type.description.defaults.name ?? type.description.displayName,
		type: `${PACKAGE_NAME}.${type.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	node.parameters =
		NodeHelpers.getNodeParameters(
			type.description.properties,
			parameters,
			true,
			false,
			node,
			type.description,
		) ?? {};
	return node;
}

describe('AI Agent tools are described by the chosen operation', () => {
	let cases: Array<ToolCase & { type: INodeType }>;
	beforeAll(async () => {
		cases = await toolCases();
	});

	it('covers all 52 operations of the ten nodes', () => {
		expect(cases).toHaveLength(52);
		expect(new Set(cases.map((entry) => entry.node)).size).toBe(10);
	});

	it('gives every operation its own action, never the node description', () => {
		for (const { node, resource, operation, action, type } of cases) {
			const description = NodeHelpers.getToolDescriptionForNode(
				toolNode(type, { resource, operation }),
				type,
			);
			expect([node, resource, operation, description]).toEqual([
				node,
				resource,
				operation,
				`${action} in ${type.description.defaults.name}`,
			]);
			expect(description).not.toContain(type.description.description);
		}
	});

	it('describes a node saved before it had a Resource selector by its operation too', () => {
		const resourcesOf = (node: string) =>
			new Set(cases.filter((entry) => entry.node === node).map((entry) => entry.resource));
		const singleResource = cases.filter(({ node }) => resourcesOf(node).size === 1);
		expect(new Set(singleResource.map((entry) => entry.node)).size).toBe(7);
		for (const { node, operation, action, type } of singleResource) {
			const description = NodeHelpers.getToolDescriptionForNode(toolNode(type, { operation }), type);
			expect([node, operation, description]).toEqual([
				node,
				operation,
				`${action} in ${type.description.defaults.name}`,
			]);
		}
	});
});

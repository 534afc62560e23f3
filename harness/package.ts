import { PackageDirectoryLoader } from 'n8n-core';
import {
	NodeHelpers,
	type ICredentialType,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
	type INodeTypes,
	type IVersionedNodeType,
} from 'n8n-workflow';
import { basename, join } from 'node:path';

export const PACKAGE_NAME = 'n8n-nodes-mparticle';
/** The project folder: harness/ sits in it, or in .dev/ when compiled for the demo and the emulator. */
export const PACKAGE_ROOT =
	basename(join(__dirname, '..')) === '.dev' ? join(__dirname, '..', '..') : join(__dirname, '..');

export interface LoadedPackage {
	nodeTypes: INodeTypes;
	credentialTypes: Map<string, ICredentialType>;
	/** Node type names as workflows use them, e.g. n8n-nodes-mparticle.mParticleAccount */
	nodeTypeNames: string[];
}

let loading: Promise<LoadedPackage> | undefined;

/**
 * Loads the built package (dist/) the way n8n loads a community package: from package.json's n8n
 * block, with codex files and icons, and with the extra request options n8n adds to declarative nodes.
 */
export function loadPackage(root = PACKAGE_ROOT): Promise<LoadedPackage> {
	loading ??= (async () => {
		const loader = new PackageDirectoryLoader(root);
		await loader.loadAll();
		const byName = new Map<string, INodeType | IVersionedNodeType>();
		for (const [name, { type }] of Object.entries(loader.nodeTypes)) {
			byName.set(`${PACKAGE_NAME}.${name}`, type);
		}
		const nodeTypes: INodeTypes = {
			getByName: (name) => byName.get(name) as INodeType,
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(lookup(byName, name), version),
			getKnownTypes: () => ({}),
		};
		const credentialTypes = new Map(
			Object.values(loader.credentialTypes).map(({ type }) => [type.name, type] as const),
		);
		return { nodeTypes, credentialTypes, nodeTypeNames: [...byName.keys()] };
	})();
	return loading;
}

function lookup(byName: Map<string, INodeType | IVersionedNodeType>, name: string) {
	const type = byName.get(name) ?? byName.get(name.replace(/^CUSTOM\./, `${PACKAGE_NAME}.`));
	if (!type) throw new Error(`Unknown node type ${name}`);
	return type;
}

/** A node's Resource options and, for each, the Operation options the editor shows for it. */
export function resourcesOf(
	description: INodeTypeDescription,
): Array<{ resource: INodePropertyOptions; operations: INodePropertyOptions[] }> {
	const { properties } = description;
	const selector = properties.find((property) => property.name === 'resource');
	return ((selector?.options ?? []) as INodePropertyOptions[]).map((resource) => ({
		resource,
		operations: (properties.find(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes(String(resource.value)),
		)?.options ?? []) as INodePropertyOptions[],
	}));
}

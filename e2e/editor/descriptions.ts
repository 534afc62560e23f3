import type { INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { loadPackage, resourcesOf } from '../../harness/package';

/** A resource locator with a From List mode, and where the panel shows it. */
export interface ListLocator {
	label: string;
	/** The displayOptions.show of each of its fields, e.g. { resource: ['audience'], scope: ['workspace'] }. */
	shownWhen: Array<Record<string, string[]>>;
}

/** What the editor shows of one node, read from the built package (dist/) the way n8n loads it. */
export interface NodeShape {
	displayName: string;
	resources: Array<{
		label: string;
		value: string;
		operations: Array<{ label: string; action: string; value: string }>;
	}>;
	/** By parameter name, e.g. appId → "App ID". */
	listLocators: Map<string, ListLocator>;
	/** The option labels of the node's other dropdowns, by parameter name and value, e.g. scope → workspace → "Workspace". */
	optionLabels: Map<string, Map<string, string>>;
}

/** The package's resource nodes (the trigger, which has no operations, has its own check). */
export async function nodeShapes(): Promise<NodeShape[]> {
	const loaded = await loadPackage();
	const descriptions = loaded.nodeTypeNames
		.map((typeName) => loaded.nodeTypes.getByName(typeName).description as INodeTypeDescription)
		.filter((description) => !description.polling);
	return descriptions.map((description) => {
		const properties = description.properties;
		const resources = resourcesOf(description).map(({ resource, operations }) => ({
			label: resource.name,
			value: String(resource.value),
			operations: operations.map((option) => ({
				label: option.name,
				action: option.action ?? option.name,
				value: String(option.value),
			})),
		}));
		const listLocators = new Map<string, ListLocator>();
		const optionLabels = new Map<string, Map<string, string>>();
		for (const property of properties) {
			if (property.type === 'resourceLocator' && property.modes?.some((mode) => mode.type === 'list')) {
				const entry = listLocators.get(property.name) ?? { label: property.displayName, shownWhen: [] };
				entry.shownWhen.push((property.displayOptions?.show ?? {}) as Record<string, string[]>);
				listLocators.set(property.name, entry);
			}
			if (property.type === 'options' && property.name !== 'resource' && property.name !== 'operation') {
				const labels = optionLabels.get(property.name) ?? new Map<string, string>();
				for (const option of (property.options ?? []) as INodePropertyOptions[])
					labels.set(String(option.value), option.name);
				optionLabels.set(property.name, labels);
			}
		}
		return { displayName: description.displayName, resources, listLocators, optionLabels };
	});
}

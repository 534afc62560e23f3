import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { searchCalculatedAttributes, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { calculatedAttributeResource } from './resources/calculatedAttribute';

export class MParticleCalculatedAttribute implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Calculated Attribute',
		name: 'mParticleCalculatedAttribute',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list, change, activate and delete the calculated attributes of an mParticle workspace',
		defaults: { name: 'mParticle Calculated Attribute' },
		usableAsTool: true,
		properties: nodeProperties([calculatedAttributeResource]),
	};

	methods = { listSearch: { searchCalculatedAttributes, searchWorkspaces } };
}

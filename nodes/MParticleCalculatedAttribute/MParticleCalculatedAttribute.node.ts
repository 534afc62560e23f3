import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { searchCalculatedAttributes, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { calculatedAttributeResource } from './resources/calculatedAttribute';

export class MParticleCalculatedAttribute implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Calculated Attribute',
		name: 'mParticleCalculatedAttribute',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list, change, activate and delete the calculated attributes of an mParticle workspace',
		defaults: { name: 'mParticle Calculated Attribute' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([calculatedAttributeResource]),
	};

	methods = { listSearch: { searchCalculatedAttributes, searchWorkspaces } };
}

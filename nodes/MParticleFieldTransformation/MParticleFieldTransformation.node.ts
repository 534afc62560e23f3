import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { searchFieldTransformations, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { fieldTransformationResource } from './resources/fieldTransformation';

export class MParticleFieldTransformation implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Field Transformation',
		name: 'mParticleFieldTransformation',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list, replace and delete the field transformations (warehouse column to event mappings) of an mParticle workspace',
		defaults: { name: 'mParticle Field Transformation' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([fieldTransformationResource]),
	};

	methods = { listSearch: { searchFieldTransformations, searchWorkspaces } };
}

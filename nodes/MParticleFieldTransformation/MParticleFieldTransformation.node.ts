import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { searchFieldTransformations, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { fieldTransformationResource } from './resources/fieldTransformation';

export class MParticleFieldTransformation implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Field Transformation',
		name: 'mParticleFieldTransformation',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list, replace and delete the field transformations (warehouse column to event mappings) of an mParticle workspace',
		defaults: { name: 'mParticle Field Transformation' },
		usableAsTool: true,
		properties: nodeProperties([fieldTransformationResource]),
	};

	methods = { listSearch: { searchFieldTransformations, searchWorkspaces } };
}

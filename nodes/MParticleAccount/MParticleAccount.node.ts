import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { requestDefaults, requestOperations } from '../shared/transport';
import { accountProperties } from './operations';

export class MParticleAccount implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Account',
		name: 'mParticleAccount',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'Create, get, list, rename and delete mParticle accounts',
		defaults: { name: 'mParticle Account' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [
			...accountProperties,
			{
				...accountIdField,
				description:
					'Numeric ID of the mParticle account. Get, Update and Delete act on this account; every operation runs in it. Leave empty to use the Account ID of the credential.',
			},
		],
	};
}

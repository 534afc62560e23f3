import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchAudiences, searchWorkspaces } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { audienceProperties } from './operations';

export class MParticleAudience implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Audience',
		name: 'mParticleAudience',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'List the audiences of an mParticle account or workspace, and delete audiences',
		defaults: { name: 'mParticle Audience' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [...audienceProperties, accountIdField],
	};

	methods = { listSearch: { searchAccounts, searchAudiences, searchWorkspaces } };
}

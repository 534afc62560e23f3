import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchAudiences, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { audienceResource } from './resources/audience';

export class MParticleAudience implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Audience',
		name: 'mParticleAudience',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the audiences of an mParticle account or workspace, and delete audiences',
		defaults: { name: 'mParticle Audience' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([audienceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchAudiences, searchWorkspaces } };
}

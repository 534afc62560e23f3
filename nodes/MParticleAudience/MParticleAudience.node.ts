import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchAudiences, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { audienceResource } from './resources/audience';

export class MParticleAudience implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Audience',
		name: 'mParticleAudience',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the audiences of an mParticle account or workspace, and delete audiences',
		defaults: { name: 'mParticle Audience' },
		usableAsTool: true,
		properties: nodeProperties([audienceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchAudiences, searchWorkspaces } };
}

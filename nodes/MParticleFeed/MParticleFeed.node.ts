import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchFeeds, searchServiceConfigurations, searchWorkspaces } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { feedResource } from './resources/feed';
import { outputConfigurationResource } from './resources/outputConfiguration';
import { subscriptionResource } from './resources/subscription';

export class MParticleFeed implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Feed',
		name: 'mParticleFeed',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list and change the partner feeds of an mParticle workspace, and connect them to outputs with subscriptions',
		defaults: { name: 'mParticle Feed' },
		usableAsTool: true,
		properties: nodeProperties(
			[feedResource, outputConfigurationResource, subscriptionResource],
			accountLocator(),
		),
	};

	methods = { listSearch: { searchAccounts, searchFeeds, searchServiceConfigurations, searchWorkspaces } };
}

import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchFeeds, searchWorkspaces } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { feedProperties } from './operations';

export class MParticleFeed implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Feed',
		name: 'mParticleFeed',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, list and change the partner feeds of an mParticle workspace, and connect them to outputs with subscriptions',
		defaults: { name: 'mParticle Feed' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Feed',
						value: 'feed',
						description: 'Partner feeds: data that partners send into a workspace',
					},
					{
						name: 'Output Configuration',
						value: 'outputConfiguration',
						description: 'Configurations of an output service that feeds can forward to',
					},
					{
						name: 'Subscription',
						value: 'subscription',
						description: 'Connections from a feed to an output configuration',
					},
				],
				default: 'feed',
				description:
					'What to work on: partner feeds, the output configurations they can forward to, or the subscriptions that connect the two',
			},
			...feedProperties,
			accountIdField,
		],
	};

	methods = { listSearch: { searchAccounts, searchFeeds, searchWorkspaces } };
}

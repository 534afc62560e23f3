import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchApps, searchPlatforms, searchServices } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { appProperties } from './app';
import { platformProperties } from './platform';
import { platformServiceProperties } from './platformService';

export class MParticleApp implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle App',
		name: 'mParticleApp',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, get, list, change and delete mParticle apps, their platforms (one per OS) and the services configured on each platform',
		defaults: { name: 'mParticle App' },
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
						name: 'App',
						value: 'app',
						description: 'An app (application family) that groups the platforms of one product',
					},
					{
						name: 'Platform',
						value: 'platform',
						description: 'The platform of an app for one OS, with its access key and settings',
					},
					{
						name: 'Platform Service',
						value: 'platformService',
						description: 'A service (integration) configured on a platform, with its settings',
					},
				],
				default: 'app',
				description:
					'Which part of an app to work on: the app, one of its platforms, or a service configured on a platform',
			},
			...appProperties,
			...platformProperties,
			...platformServiceProperties,
			accountIdField,
		],
	};

	methods = { listSearch: { searchAccounts, searchApps, searchPlatforms, searchServices } };
}

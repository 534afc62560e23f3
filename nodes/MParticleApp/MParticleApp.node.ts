import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchApps, searchPlatforms, searchServices } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { appResource } from './resources/app';
import { platformResource } from './resources/platform';
import { platformServiceResource } from './resources/platformService';

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
		properties: nodeProperties([appResource, platformResource, platformServiceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchApps, searchPlatforms, searchServices } };
}

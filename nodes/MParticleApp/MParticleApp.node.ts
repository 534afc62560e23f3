import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchApps, searchPlatforms, searchServices } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { appResource } from './resources/app';
import { platformResource } from './resources/platform';
import { platformServiceResource } from './resources/platformService';

export class MParticleApp implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle App',
		name: 'mParticleApp',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Create, get, list, change and delete mParticle apps, their platforms (one per OS) and the services configured on each platform',
		defaults: { name: 'mParticle App' },
		usableAsTool: true,
		properties: nodeProperties([appResource, platformResource, platformServiceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchApps, searchPlatforms, searchServices } };
}

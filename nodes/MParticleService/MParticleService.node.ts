import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchServices } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { serviceResource } from './resources/service';

export class MParticleService implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Service',
		name: 'mParticleService',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List mParticle services (integrations) and the settings each one takes',
		defaults: { name: 'mParticle Service' },
		usableAsTool: true,
		properties: nodeProperties([serviceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchServices } };
}

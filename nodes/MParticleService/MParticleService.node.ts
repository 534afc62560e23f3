import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchServices } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { serviceResource } from './resources/service';

export class MParticleService implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Service',
		name: 'mParticleService',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List mParticle services (integrations) and the settings each one takes',
		defaults: { name: 'mParticle Service' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([serviceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchServices } };
}

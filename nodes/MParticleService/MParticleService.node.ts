import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchServices } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { serviceProperties } from './operations';

export class MParticleService implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Service',
		name: 'mParticleService',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'List mParticle services (integrations) and the settings each one takes',
		defaults: { name: 'mParticle Service' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [...serviceProperties, accountIdField],
	};

	methods = { listSearch: { searchAccounts, searchServices } };
}

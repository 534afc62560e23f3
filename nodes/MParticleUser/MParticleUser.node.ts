import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchUsers } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { userResource } from './resources/user';

export class MParticleUser implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle User',
		name: 'mParticleUser',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the dashboard users of an mParticle account, or get one by e-mail',
		defaults: { name: 'mParticle User' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([userResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchUsers } };
}

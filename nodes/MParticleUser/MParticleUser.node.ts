import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchUsers } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { userProperties } from './operations';

export class MParticleUser implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle User',
		name: 'mParticleUser',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'List the dashboard users of an mParticle account, or get one by e-mail',
		defaults: { name: 'mParticle User' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [...userProperties, accountIdField],
	};

	methods = { listSearch: { searchAccounts, searchUsers } };
}

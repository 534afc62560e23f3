import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchUsers } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { userResource } from './resources/user';

export class MParticleUser implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle User',
		name: 'mParticleUser',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the dashboard users of an mParticle account, or get one by e-mail',
		defaults: { name: 'mParticle User' },
		usableAsTool: true,
		properties: nodeProperties([userResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts, searchUsers } };
}

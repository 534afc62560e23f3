import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { accountResource } from './resources/account';

export class MParticleAccount implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Account',
		name: 'mParticleAccount',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, get, list, rename and delete mParticle accounts',
		defaults: { name: 'mParticle Account' },
		usableAsTool: true,
		properties: nodeProperties([accountResource], {
			...accountLocator(
				'Account that Get and Update act on, and that every operation runs in: choose one of the mParticle accounts the credential can see, or enter its numeric ID (e.g. 1001). Leave empty to use the Account ID of the credential.',
			),
			displayOptions: { hide: { operation: ['delete'] } },
		}),
	};

	methods = { listSearch: { searchAccounts } };
}

import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { workspaceResource } from './resources/workspace';

export class MParticleWorkspace implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Workspace',
		name: 'mParticleWorkspace',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the workspaces of an mParticle account',
		defaults: { name: 'mParticle Workspace' },
		usableAsTool: true,
		properties: nodeProperties([workspaceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts } };
}

import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { requestDefaults, requestOperations } from '../shared/request';
import { workspaceResource } from './resources/workspace';

export class MParticleWorkspace implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Workspace',
		name: 'mParticleWorkspace',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'List the workspaces of an mParticle account',
		defaults: { name: 'mParticle Workspace' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: nodeProperties([workspaceResource], accountLocator()),
	};

	methods = { listSearch: { searchAccounts } };
}

import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { workspaceProperties } from './operations';

export class MParticleWorkspace implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Workspace',
		name: 'mParticleWorkspace',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description: 'List the workspaces of an mParticle account',
		defaults: { name: 'mParticle Workspace' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [...workspaceProperties, accountIdField],
	};

	methods = { listSearch: { searchAccounts } };
}

import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { searchAccounts, searchApps, searchWorkspaces } from '../shared/lists';
import { pollForChanges } from './changes/poll';
import { triggerProperties } from './fields';

export class MParticleTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Trigger',
		name: 'mParticleTrigger',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["resource"] + ": " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when mParticle configuration is created, changed or deleted',
		defaults: { name: 'mParticle Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		properties: triggerProperties(),
	};

	methods = { listSearch: { searchAccounts, searchApps, searchWorkspaces } };

	poll = pollForChanges;
}

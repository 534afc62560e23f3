import { NodeConnectionTypes, type INodeTypeDescription } from 'n8n-workflow';
import { requestDefaults, requestOperations } from './request';

/**
 * What every mParticle node's description shares: one main input and output, the credential and the request
 * pipeline. A node file adds its names, description and parameters, and the icon, subtitle and use as an AI
 * Agent tool, which n8n's lint rules read from the node file itself.
 */
export const MPARTICLE_NODE = {
	group: ['transform'],
	version: 1,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [{ name: 'mParticleApi', required: true }],
	requestDefaults,
	requestOperations,
} satisfies Partial<INodeTypeDescription>;

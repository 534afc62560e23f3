import type { IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

/** The type name of n8n's If node, which example workflows use to branch. */
export const IF_TYPE = 'n8n-nodes-base.if';

/**
 * Stands in for n8n's If node (version 2.x) so that example workflows that branch run through n8n-core's
 * engine without n8n's node collection: its Conditions are a `filter` parameter, which n8n-core itself
 * evaluates per item (`getNodeParameter` with `extractValue`), and each item goes to the true or false output,
 * as in n8n's If node. The end-to-end suite runs the same examples with the real If node.
 */
export const ifNodeType: INodeType = {
	description: {
		displayName: 'If (stand-in)',
		name: 'if',
		group: ['transform'],
		version: [2, 2.1, 2.2],
		description: '',
		defaults: {},
		inputs: ['main'],
		outputs: ['main', 'main'],
		outputNames: ['true', 'false'],
		properties: [
			{
				displayName: 'Conditions',
				name: 'conditions',
				type: 'filter',
				default: {},
				typeOptions: { filter: { version: 2 } },
			},
			{ displayName: 'Options', name: 'options', type: 'collection', default: {}, options: [] },
		],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const kept: INodeExecutionData[] = [];
		const discarded: INodeExecutionData[] = [];
		this.getInputData().forEach((item, itemIndex) => {
			const pass = this.getNodeParameter('conditions', itemIndex, false, { extractValue: true }) as boolean;
			(pass ? kept : discarded).push({ ...item, pairedItem: { item: itemIndex } });
		});
		return [kept, discarded];
	},
};

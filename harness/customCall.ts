import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	IRequestOptions,
} from 'n8n-workflow';

export const CUSTOM_CALL_TYPE = 'harness.customCall';

/**
 * Stands in for n8n's HTTP Request node with "Predefined Credential Type" = mParticle API: per item it
 * sends the request through the same n8n-core helper that node uses (`requestWithAuthentication`, n8n's
 * older request shape with `uri`), so the credential meets exactly what it meets there: a refresh and one
 * repeat after any failed call. The request is the node's `request` parameter, the same for every item.
 */
export const customCallNodeType: INodeType = {
	description: {
		displayName: 'Custom call (HTTP Request node stand-in)',
		name: 'customCall',
		group: ['transform'],
		version: 1,
		description: '',
		defaults: {},
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'mParticleApi', required: true }],
		properties: [{ displayName: 'Request', name: 'request', type: 'json', default: '{}' }],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const settled = await Promise.allSettled(
			items.map(async (_, itemIndex) => {
				const request = this.getNodeParameter('request', itemIndex) as IDataObject;
				return (await this.helpers.requestWithAuthentication.call(this, 'mParticleApi', {
					json: true,
					...request,
				} as IRequestOptions)) as IDataObject;
			}),
		);
		return [
			settled.map((result, itemIndex) =>
				result.status === 'fulfilled'
					? { json: result.value, pairedItem: { item: itemIndex } }
					: {
							json: {
								error: (result.reason as Error).message,
								httpCode: (result.reason as { httpCode?: string }).httpCode ?? null,
							},
							pairedItem: { item: itemIndex },
						},
			),
		];
	},
};

import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

/*
 * The floor of the real-n8n comparison: the least any n8n node does to make the same GETs. Two minimal
 * programmatic nodes, not part of the package, that the benchmark installs in n8n's custom-nodes folder.
 * Both read the mParticle API credential once (its token already stored), send every item's request at once
 * and give each item mParticle's `data`, paired with its input item; they check nothing, retry nothing and
 * keep to no rate limit.
 */

const CREDENTIAL_TYPE = 'mParticleApi';

function description(name: string, displayName: string): INodeTypeDescription {
	return {
		displayName,
		name,
		group: ['transform'],
		version: 1,
		description: 'Benchmark floor: GET one URL for every item',
		defaults: { name: displayName },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [{ displayName: 'URL', name: 'url', type: 'string', default: '' }],
	};
}

async function getForEveryItem(
	context: IExecuteFunctions,
	send: (request: IHttpRequestOptions) => Promise<unknown>,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const url = context.getNodeParameter('url', 0) as string;
	const bodies = await Promise.all(items.map(async () => (await send({ url, json: true })) as IDataObject));
	return [bodies.map((body, item) => ({ json: (body.data ?? body) as IDataObject, pairedItem: { item } }))];
}

/** n8n's request helper alone (`helpers.httpRequest`): the node adds the account and the token itself. */
export class RequestFloor implements INodeType {
	description = description('requestFloor', 'Request Floor');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const credential = await this.getCredentials(CREDENTIAL_TYPE);
		if (!credential.accessToken) throw new Error('Request Floor needs a stored token: run the node first');
		return await getForEveryItem(this, async (request) =>
			this.helpers.httpRequest({
				...request,
				qs: { accountId: credential.accountId },
				headers: { Authorization: `Bearer ${String(credential.accessToken)}` },
			}),
		);
	}
}

/**
 * n8n's request helper with the credential (`helpers.httpRequestWithAuthentication`, the credential read
 * once and handed to it), as a hand-written node would send: n8n runs the credential's token check and
 * signing for each request.
 */
export class CredentialFloor implements INodeType {
	description = description('credentialFloor', 'Credential Floor');

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const data = await this.getCredentials(CREDENTIAL_TYPE);
		const reference = this.getNode().credentials?.[CREDENTIAL_TYPE];
		return await getForEveryItem(this, async (request) =>
			this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request, {
				credentialsDecrypted: {
					id: reference?.id ?? '',
					name: reference?.name ?? '',
					type: CREDENTIAL_TYPE,
					data: { ...data },
				},
			}),
		);
	}
}

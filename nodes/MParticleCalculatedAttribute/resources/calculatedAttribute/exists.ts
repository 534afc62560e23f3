import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import type { Operation } from '../../../shared/operation';
import { unpackResponse } from '../../../shared/request/receive';
import { CALCULATED_ATTRIBUTES_PATH } from '../../../shared/mparticle';
import { nameFilterField, workspaceField } from './fields';

/** mParticle answers the HEAD request with 204 when a match exists and 404 when none does. */
async function existsItem(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode === 204) return [{ json: { exists: true } }];
	if (response.statusCode === 404) return [{ json: { exists: false } }];
	return await unpackResponse.call(this, items, response);
}

export const exists: Operation = {
	value: 'exists',
	name: 'Exists',
	action: 'Check whether a calculated attribute exists',
	description: 'Check whether the workspace has a calculated attribute with a name (or any). Outputs exists.',
	method: 'HEAD',
	path: CALCULATED_ATTRIBUTES_PATH,
	fields: [
		workspaceField,
		nameFilterField('Name of the calculated attribute to look for. Leave empty to check for any.'),
	],
	postReceive: [existsItem],
	replaceResponseHandler: true,
};

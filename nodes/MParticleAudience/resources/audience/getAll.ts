import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { workspaceLocator } from '../../../shared/fields/locators';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { checkPositiveInteger, textParameter } from '../../../shared/checks';

const WORKSPACE_AUDIENCES_PATH = '/v1/workspace/{workspaceId}/audiences';

/** Scope Workspace lists one workspace's audiences from their own path. */
async function pathForScope(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (this.getNodeParameter('scope', 'account') !== 'workspace') return options;
	const workspaceId = checkPositiveInteger(this, textParameter(this, 'workspaceId'), 'Workspace ID');
	options.url = WORKSPACE_AUDIENCES_PATH.replace('{workspaceId}', workspaceId);
	return options;
}

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many audiences',
	description: 'List the active audiences of the account or of one workspace, with size and outputs',
	method: 'GET',
	path: '/v1/audiences',
	preSend: [pathForScope],
	fields: [
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Account',
					value: 'account',
					description: 'All active audiences of the account, single- and multi-workspace',
				},
				{
					name: 'Workspace',
					value: 'workspace',
					description: 'The active single-workspace audiences of one workspace',
				},
			],
			default: 'account',
			description: 'Whether to list the audiences of the whole account or of one workspace',
		},
		{
			...workspaceLocator(
				'Workspace whose audiences to list: choose it from the account’s workspaces, or enter its numeric ID, e.g. 4302',
			),
			displayOptions: { show: { scope: ['workspace'] } },
		},
		nameContainsField({
			description: `Only return audiences whose name or external name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name', 'external_name'],
			placeholder: 'e.g. cart',
		}),
		...returnAllOrLimit,
	],
};

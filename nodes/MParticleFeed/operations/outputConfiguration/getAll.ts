import { returnAllOrLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operation';
import { moduleNameField, workspaceField } from '../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many output configurations',
	description:
		'List the configurations of one output service in a workspace, one item per configuration. Their IDs are what a subscription forwards to.',
	method: 'GET',
	path: '/v1/workspace/{workspaceId}/{moduleName}/serviceconfigurations',
	fields: [
		{
			...workspaceField,
			description:
				'Workspace whose output configurations to list: choose it from the account’s workspaces, or enter its numeric ID, e.g. 4302',
		},
		moduleNameField,
		...returnAllOrLimit,
	],
};

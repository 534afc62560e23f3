import { textField } from '../../../shared/fields/text';
import { returnAllOrLimit } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { workspaceLocator } from '../../../shared/fields/locators';

/** The output service, by module name; it goes into the path. */
const moduleNameField = textField({
	name: 'moduleName',
	displayName: 'Module Name',
	description: 'Module name of the output service whose configurations to list, e.g. Amplitude',
	placeholder: 'e.g. Amplitude',
	required: true,
});

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many output configurations',
	description: 'List the configurations of one output service in a workspace (what subscriptions use)',
	method: 'GET',
	path: '/v1/workspace/{workspaceId}/{moduleName}/serviceconfigurations',
	fields: [
		workspaceLocator(
			'Workspace whose output configurations to list: choose it from the account’s workspaces, or enter its numeric ID, e.g. 4302',
		),
		moduleNameField,
		...returnAllOrLimit,
	],
};

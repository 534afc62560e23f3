import type { INodeProperties } from 'n8n-workflow';
import { workspaceLocator } from '../../../shared/fields/locators';
import { textField } from '../../../shared/fields/text';
import { numericIdLocator } from '../../../shared/fields/locators';

export const workspaceField: INodeProperties = workspaceLocator(
	'Workspace that holds the calculated attributes: choose it from the workspaces of the credential’s account, or enter its numeric ID, e.g. 4302',
);

export const calculatedAttributeIdField = numericIdLocator({
	name: 'calculatedAttributeId',
	displayName: 'Calculated Attribute',
	description:
		'Calculated attribute: choose one of the workspace’s calculated attributes, or enter its numeric ID, e.g. 7101 (the id field of Get Many)',
	searchListMethod: 'searchCalculatedAttributes',
	listPlaceholder: 'Select a calculated attribute...',
	example: '7101',
	dependsOn: ['workspaceId'],
});

export const nameFilterField = (description: string) =>
	textField({
		name: 'name',
		displayName: 'Name',
		send: { type: 'query', property: 'name' },
		description: description,
	});

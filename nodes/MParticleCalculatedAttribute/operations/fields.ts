import type { INodeProperties } from 'n8n-workflow';
import { workspaceIdField } from '../../shared/descriptions';
import { optionalText } from '../../shared/optionalText';
import { numericIdLocator } from '../../shared/resourceLocator';

export { CALCULATED_ATTRIBUTE_PATH, CALCULATED_ATTRIBUTES_PATH } from '../path';

export const workspaceField: INodeProperties = {
	...workspaceIdField,
	description:
		'Workspace that holds the calculated attributes: choose it from the workspaces of the credential’s account, or enter its numeric ID, e.g. 4302',
};

export const calculatedAttributeIdField = numericIdLocator({
	name: 'calculatedAttributeId',
	displayName: 'Calculated Attribute ID',
	description:
		'Calculated attribute: choose one of the workspace’s calculated attributes, or enter its numeric ID, e.g. 7101 (the id field of Get Many)',
	searchListMethod: 'searchCalculatedAttributes',
	listPlaceholder: 'Select a calculated attribute...',
	example: '7101',
	dependsOn: ['workspaceId'],
});

export const nameFilterField = (description: string) =>
	optionalText('name', 'Name', { type: 'query', property: 'name' }, description);

import type { INodeProperties } from 'n8n-workflow';
import { numericIdField, workspaceIdField } from '../../shared/descriptions';
import { optionalText } from '../../shared/optionalText';

/** Platform API v2: the workspace is in the path and no accountId is sent. */
export const CALCULATED_ATTRIBUTES_PATH = '/platform/v2/workspaces/{workspaceId}/calculatedattributes';
export const CALCULATED_ATTRIBUTE_PATH = `${CALCULATED_ATTRIBUTES_PATH}/{calculatedAttributeId}`;

export const workspaceField: INodeProperties = {
	...workspaceIdField,
	description: 'Numeric ID of the mParticle workspace that holds the calculated attributes, e.g. 4302',
};

export const calculatedAttributeIdField = numericIdField(
	'calculatedAttributeId',
	'Calculated Attribute ID',
	'Numeric ID of the calculated attribute, e.g. 1234. Get Many lists the IDs.',
);

export const nameFilterField = (description: string) =>
	optionalText('name', 'Name', { type: 'query', property: 'name' }, description);

import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a calculated attribute',
	description: 'Permanently delete a calculated attribute, with its active and draft definitions',
	method: 'DELETE',
	path: CALCULATED_ATTRIBUTE_PATH,
	fields: [workspaceField, calculatedAttributeIdField],
};

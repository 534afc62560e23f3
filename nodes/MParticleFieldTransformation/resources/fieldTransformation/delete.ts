import type { Operation } from '../../../shared/operation';
import { FIELD_TRANSFORMATION_PATH } from '../../../shared/mparticle';
import { existingIdField, workspaceField } from './fields';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a field transformation',
	description: 'Permanently delete a field transformation. Outputs one item with success true.',
	method: 'DELETE',
	path: FIELD_TRANSFORMATION_PATH,
	fields: [workspaceField, existingIdField],
};

import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

export const deleteDraft: Operation = {
	value: 'deleteDraft',
	name: 'Delete Draft',
	action: 'Delete the draft of a calculated attribute',
	description: 'Discard the draft definition; the active definition stays and keeps being calculated',
	method: 'DELETE',
	path: `${CALCULATED_ATTRIBUTE_PATH}/draft`,
	fields: [workspaceField, calculatedAttributeIdField],
};

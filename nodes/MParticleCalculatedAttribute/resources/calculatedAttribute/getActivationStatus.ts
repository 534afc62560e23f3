import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

export const getActivationStatus: Operation = {
	value: 'getActivationStatus',
	name: 'Get Activation Status',
	action: 'Get the activation status of a calculated attribute',
	description: 'Get whether the calculated attribute is active, and when and by whom it was activated',
	method: 'GET',
	path: `${CALCULATED_ATTRIBUTE_PATH}/activation`,
	fields: [workspaceField, calculatedAttributeIdField],
};

import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

export const getCalculationStatus: Operation = {
	value: 'getCalculationStatus',
	name: 'Get Calculation Status',
	action: 'Get the calculation status of a calculated attribute',
	description: 'Get how far the calculation of the active definition is: status, percent and estimated end',
	method: 'GET',
	path: `${CALCULATED_ATTRIBUTE_PATH}/calculation`,
	fields: [workspaceField, calculatedAttributeIdField],
};

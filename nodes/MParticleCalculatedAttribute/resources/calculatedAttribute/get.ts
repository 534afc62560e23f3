import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a calculated attribute',
	description: 'Get one calculated attribute with its active and draft definitions',
	method: 'GET',
	path: CALCULATED_ATTRIBUTE_PATH,
	fields: [workspaceField, calculatedAttributeIdField],
};

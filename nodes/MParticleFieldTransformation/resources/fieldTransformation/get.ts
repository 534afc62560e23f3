import type { Operation } from '../../../shared/operation';
import { FIELD_TRANSFORMATION_PATH } from '../../../shared/mparticle';
import { existingIdField, workspaceField } from './fields';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a field transformation',
	description: 'Get one field transformation with its mappings',
	method: 'GET',
	path: FIELD_TRANSFORMATION_PATH,
	fields: [workspaceField, existingIdField],
};

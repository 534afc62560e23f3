import { returnAllOrLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';
import { FIELD_TRANSFORMATIONS_PATH } from '../path';
import { workspaceField } from './fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many field transformations',
	description: 'List the field transformations of a workspace, one item per field transformation',
	method: 'GET',
	path: FIELD_TRANSFORMATIONS_PATH,
	fields: [workspaceField, ...returnAllOrLimit],
};

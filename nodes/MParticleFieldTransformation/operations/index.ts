import { operationProperties } from '../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const fieldTransformationProperties = operationProperties([
	create,
	deleteOperation,
	get,
	getAll,
	update,
]);

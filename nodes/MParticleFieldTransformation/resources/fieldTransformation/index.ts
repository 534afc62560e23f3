import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const fieldTransformationResource: Resource = {
	name: 'Field Transformation',
	value: 'fieldTransformation',
	description: 'Mappings that turn warehouse columns into fields of mParticle event batches',
	operations: [create, deleteOperation, get, getAll, update],
};

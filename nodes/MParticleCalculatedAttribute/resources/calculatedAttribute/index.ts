import type { Resource } from '../../../shared/operation';
import { activate } from './activate';
import { create } from './create';
import { deleteOperation } from './delete';
import { deleteDraft } from './deleteDraft';
import { exists } from './exists';
import { get } from './get';
import { getActivationStatus } from './getActivationStatus';
import { getAll } from './getAll';
import { getCalculationStatus } from './getCalculationStatus';
import { update } from './update';

export const calculatedAttributeResource: Resource = {
	name: 'Calculated Attribute',
	value: 'calculatedAttribute',
	description: 'A per-user value mParticle calculates from events, defined in a workspace',
	operations: [
		activate,
		create,
		deleteOperation,
		deleteDraft,
		exists,
		get,
		getActivationStatus,
		getAll,
		getCalculationStatus,
		update,
	],
};

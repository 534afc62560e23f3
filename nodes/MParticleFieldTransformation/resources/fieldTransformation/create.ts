import { nameField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';
import { mappingsFields } from '../../mappings/fields';
import { FIELD_TRANSFORMATIONS_PATH } from '../../../shared/mparticle';
import { sendMappings } from '../../mappings/send';
import { newFieldTransformationIdField, workspaceField } from './fields';

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a field transformation',
	description: 'Create a field transformation that maps warehouse columns onto mParticle event batches',
	method: 'POST',
	path: FIELD_TRANSFORMATIONS_PATH,
	fields: [
		workspaceField,
		newFieldTransformationIdField(
			'ID you choose for the new field transformation: letters, digits, - and _ only, e.g. orders-to-events. It must be unique in the workspace.',
		),
		nameField('Display name of the field transformation'),
		...mappingsFields,
	],
	preSend: [sendMappings],
};

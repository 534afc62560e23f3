import { nameField, notice } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';
import { mappingsFields } from '../../mappings/fields';
import { FIELD_TRANSFORMATION_PATH } from '../../../shared/mparticle';
import { sendMappings } from '../../mappings/send';
import { fieldTransformationIdField, workspaceField } from './fields';

export const update: Operation = {
	value: 'update',
	name: 'Replace',
	action: 'Replace a field transformation',
	description: 'Replace the name and every mapping of a field transformation: mappings not given are removed',
	method: 'PUT',
	path: FIELD_TRANSFORMATION_PATH,
	fields: [
		notice(
			'replaceNotice',
			'Replace sends the whole field transformation: mappings not given here are removed.',
		),
		workspaceField,
		fieldTransformationIdField(
			'Field transformation to replace: choose one of the workspace’s field transformations, or enter its ID, e.g. orders-to-events. The ID itself cannot change.',
			true,
		),
		nameField('Display name of the field transformation'),
		...mappingsFields,
	],
	preSend: [sendMappings],
};

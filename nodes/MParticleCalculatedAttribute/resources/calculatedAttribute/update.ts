import type { Operation } from '../../../shared/operation';
import { sendValue } from '../../../shared/fields/send';
import { checkField, checkRequired, inputError, textParameter } from '../../../shared/checks';
import { DEFINITION_INPUT, definitionFields } from '../../definition/fields';
import { sendDefinition } from '../../definition/send';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/**
 * Refuses an update that would send nothing to change. It reads the fields, not the body: the fields'
 * own steps fill the body after this operation step runs.
 */
async function requireAChange(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const updateFields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const definitionInput = textParameter(this, 'definitionInput');
	const changesDraft = definitionInput !== DEFINITION_INPUT.keep && definitionInput !== '';
	if (!('name' in updateFields) && !('description' in updateFields) && !changesDraft) {
		throw inputError(
			this,
			'Nothing to update: add Name or Description under Update Fields, or set Definition Input to Fields or JSON',
		);
	}
	return options;
}

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a calculated attribute draft',
	description: 'Change the name or description, or replace the draft definition; what you leave out stays',
	method: 'PUT',
	path: CALCULATED_ATTRIBUTE_PATH,
	fields: [
		workspaceField,
		calculatedAttributeIdField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Name or description to change. Fields not added stay as they are.',
			options: [
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'New description. An empty value clears it.',
					routing: {
						send: {
							preSend: [sendValue('updateFields.description', { type: 'body', property: 'description' })],
						},
					},
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description:
						'New name; must be unique in the workspace. mParticle refuses a new name once the calculated attribute has been activated.',
					routing: {
						send: {
							preSend: [
								checkField('updateFields.name', 'Name', checkRequired),
								sendValue('updateFields.name', { type: 'body', property: 'name' }),
							],
						},
					},
				},
			],
		},
		...definitionFields(true),
	],
	preSend: [sendDefinition, requireAChange],
};

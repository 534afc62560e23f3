import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import type { Operation } from '../../shared/operation';
import { checkField, checkRequired, inputError } from '../../shared/validate';
import { definitionFields } from '../definitionFields';
import { sendDefinition } from '../sendDefinition';
import { CALCULATED_ATTRIBUTE_PATH, calculatedAttributeIdField, workspaceField } from './fields';

/** Refuses an update that would send nothing to change. */
async function requireAChange(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = (options.body ?? {}) as IDataObject;
	if (!['name', 'description', 'draft_definition'].some((key) => body[key] !== undefined)) {
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
	description:
		'Change the name, the description or the draft definition. The active definition changes only when you activate the draft. After activation the name can no longer change. Outputs one item with success true.',
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
					routing: { send: { type: 'body', property: 'description', value: '={{ String($value).trim() }}' } },
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
							type: 'body',
							property: 'name',
							value: '={{ String($value).trim() }}',
							preSend: [checkField('updateFields.name', 'Name', checkRequired)],
						},
					},
				},
			],
		},
		...definitionFields(true),
	],
	preSend: [sendDefinition, requireAChange],
};

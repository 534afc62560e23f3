import type { INodeExecutionData } from 'n8n-workflow';
import { nameField, textField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';
import { definitionFields } from '../../definition/fields';
import { sendDefinition } from '../../definition/send';
import { CALCULATED_ATTRIBUTES_PATH } from '../../../shared/mparticle';
import { workspaceField } from './fields';

/** mParticle answers a create with the new ID as a bare number; the output item names it. */
async function idItem(items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) =>
		typeof item.json.value === 'number' && Object.keys(item.json).length === 1
			? { ...item, json: { id: item.json.value } }
			: item,
	);
}

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a calculated attribute',
	description: 'Create a calculated attribute with a draft definition (calculated once activated)',
	method: 'POST',
	path: CALCULATED_ATTRIBUTES_PATH,
	fields: [
		workspaceField,
		nameField('Name of the calculated attribute; must be unique in the workspace'),
		textField({
			name: 'description',
			displayName: 'Description',
			send: { type: 'body', property: 'description' },
			description: 'Optional text shown with the calculated attribute in mParticle; leave empty for none',
		}),
		...definitionFields(false),
	],
	preSend: [sendDefinition],
	postReceive: [idItem],
};

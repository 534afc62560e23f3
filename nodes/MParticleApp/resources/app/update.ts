import { appLocator } from '../../../shared/fields/locators';
import { nameField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Rename an app',
	description:
		'Rename an app. The name is the only field of an app that can change; platforms have their own operations (resource Platform). Outputs one item with success true.',
	method: 'PUT',
	path: '/v1/apps/{appId}',
	fields: [appLocator(), nameField('New name of the app')],
};

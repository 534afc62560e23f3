import { appLocator } from '../../../shared/fields/locators';
import { nameField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Rename an app',
	description: 'Rename an app (the name is all that can change; platforms have their own operations)',
	method: 'PUT',
	path: '/v1/apps/{appId}',
	fields: [appLocator(), nameField('New name of the app')],
};

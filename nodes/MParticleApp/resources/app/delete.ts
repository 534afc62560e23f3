import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an app',
	description: 'Permanently delete an app. mParticle refuses while the app still has platforms.',
	method: 'DELETE',
	path: '/v1/apps/{appId}',
	fields: [appLocator()],
};

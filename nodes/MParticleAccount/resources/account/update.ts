import { nameField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Rename an account',
	description: 'Rename the account chosen in Account (the name is all that can change)',
	method: 'PUT',
	path: '/v1/accounts/{accountId}',
	fields: [nameField('New display name of the account; must be unique')],
};

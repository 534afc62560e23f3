import { nameField } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Create an account in the credential’s organisation. Outputs the new account.',
	method: 'POST',
	path: '/v1/accounts',
	fields: [nameField('Display name of the new account; must be unique')],
};

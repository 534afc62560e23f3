import { accountLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description: 'Permanently delete the account chosen in Account. mParticle refuses while it still has apps.',
	method: 'DELETE',
	path: '/v1/accounts',
	fields: [
		accountLocator(
			'Account to delete permanently: choose it, or enter its numeric ID, e.g. 1002. Required: Delete never falls back to the credential’s account.',
			true,
		),
	],
};

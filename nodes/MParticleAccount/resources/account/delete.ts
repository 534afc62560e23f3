import type { Operation } from '../../../shared/operation';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description:
		'Permanently delete the account chosen by Account ID. mParticle refuses while the account still has apps. Outputs one item with success true.',
	method: 'DELETE',
	path: '/v1/accounts',
};

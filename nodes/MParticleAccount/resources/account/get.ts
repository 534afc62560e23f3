import type { Operation } from '../../../shared/operation';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Get the account chosen by Account ID (the credential’s account when Account ID is empty)',
	method: 'GET',
	path: '/v1/accounts/{accountId}',
};

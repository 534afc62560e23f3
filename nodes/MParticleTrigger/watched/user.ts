import type { Watched } from './watched';

export const user: Watched = {
	value: 'user',
	name: 'User',
	description: 'The dashboard users of the account',
	path: '/v1/users',
	idOf: (entity) => String(entity.email),
	label: null,
};

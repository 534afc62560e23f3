import type { Operation } from '../../shared/operation';
import { userKeyFromEmail } from '../userKey';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get one dashboard user of the account by e-mail address',
	method: 'GET',
	// mParticle documents this as /users/{userKey}: the e-mail goes into the path as its user key.
	path: '/v1/users/{email}',
	pathChecks: { email: userKeyFromEmail },
	fields: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. name@email.com',
			required: true,
			default: '',
			description:
				'E-mail address of the user, e.g. test@mparticle.com. The node turns it into mParticle’s user key.',
		},
	],
};

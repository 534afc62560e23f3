import type { Operation } from '../../../shared/operation';
import { resourceLocator } from '../../../shared/fields/locators';
import { EMAIL_PATTERN, userKeyFromEmail } from '../../userKey';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get one dashboard user of the account (first name, last name, e-mail) by e-mail address',
	method: 'GET',
	// mParticle documents this as /users/{userKey}: the e-mail goes into the path as its user key.
	path: '/v1/users/{email}',
	pathChecks: { email: userKeyFromEmail },
	fields: [
		resourceLocator({
			name: 'email',
			displayName: 'User',
			label: 'Email',
			description:
				'User to get: choose one of the account’s dashboard users, or enter an e-mail address, e.g. test@mparticle.com. The node turns it into mParticle’s user key.',
			searchListMethod: 'searchUsers',
			listPlaceholder: 'Select a user...',
			idDisplayName: 'By Email',
			idPlaceholder: 'e.g. name@email.com',
			idPattern: {
				regex: EMAIL_PATTERN,
				errorMessage: 'Email must be an e-mail address, e.g. name@email.com',
			},
			dependsOn: ['accountId'],
		}),
	],
};

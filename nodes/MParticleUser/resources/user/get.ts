import {
	NodeApiError,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';
import { textParameter } from '../../../shared/checks';
import type { Operation } from '../../../shared/operation';
import { unpackResponse } from '../../../shared/request/receive';
import { resourceLocator } from '../../../shared/fields/locators';
import { EMAIL_PATTERN, userKeyFromEmail } from '../../userKey';

/**
 * The shared response handling, except that a user who is not found is named by the e-mail given, not by
 * the user key mParticle's message quotes (which users never typed).
 */
async function userNamedByEmail(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	try {
		return await unpackResponse.call(this, items, response);
	} catch (error) {
		if (error instanceof NodeApiError && error.httpCode === '404') {
			error.description = [error.message, error.description].filter(Boolean).join('\n');
			error.message = `No dashboard user of this account has the e-mail ${textParameter(this, 'email')}`;
		}
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get one dashboard user of the account (first name, last name, e-mail) by e-mail address',
	method: 'GET',
	// mParticle documents this as /users/{userKey}: the e-mail goes into the path as its user key.
	path: '/v1/users/{email}',
	pathChecks: { email: userKeyFromEmail },
	postReceive: [userNamedByEmail],
	replaceResponseHandler: true,
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

import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get an app',
	description: 'Get one app with its platforms and their access keys (secrets come back empty)',
	method: 'GET',
	path: '/v1/apps/{appId}',
	fields: [appLocator()],
};

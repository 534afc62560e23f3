import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get an app',
	description:
		'Get one app by ID, with its platforms and their access keys. Access secrets come back empty: mParticle shows them only when an app or platform is created.',
	method: 'GET',
	path: '/v1/apps/{appId}',
	fields: [appLocator()],
};

import { appLocator } from '../../../shared/fields/locators';
import { returnAllOrLimit } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many platforms',
	description: 'List the platforms of an app, one item per OS, with their settings and access keys',
	method: 'GET',
	path: '/v1/apps/{appId}/platforms',
	fields: [appLocator(), ...returnAllOrLimit],
};

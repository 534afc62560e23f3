import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { osField, osForPlatformRequest } from '../../os';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a platform',
	description: 'Get the platform of an app for one OS, with its settings and access key',
	method: 'GET',
	path: '/v1/apps/{appId}/platforms/{os}',
	pathChecks: { os: osForPlatformRequest },
	fields: [appLocator(), osField],
};

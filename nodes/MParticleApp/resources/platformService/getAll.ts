import { appLocator } from '../../../shared/fields/locators';
import { returnAllOrLimit } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { osField, osForPlatformRequest } from '../../os';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many platform services',
	description: 'List the services configured on an app’s platform for one OS, with their settings',
	method: 'GET',
	path: '/v1/apps/{appId}/platforms/{os}/services',
	pathChecks: { os: osForPlatformRequest },
	fields: [appLocator(), osField, ...returnAllOrLimit],
};

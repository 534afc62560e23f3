import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { osField, osForPlatformRequest } from '../../os';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a platform',
	description: 'Permanently delete the platform of an app for one OS, with its service configurations',
	method: 'DELETE',
	path: '/v1/apps/{appId}/platforms/{os}',
	pathChecks: { os: osForPlatformRequest },
	fields: [appLocator(), osField],
};

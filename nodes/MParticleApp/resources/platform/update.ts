import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { osField, osForPlatformRequest } from '../../os';
import { updateSettingsField } from './fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a platform',
	description: 'Change settings of an app’s platform for one OS; settings not added stay as they are',
	method: 'PUT',
	path: '/v1/apps/{appId}/platforms/{os}',
	pathChecks: { os: osForPlatformRequest },
	fields: [appLocator(), osField, updateSettingsField],
};

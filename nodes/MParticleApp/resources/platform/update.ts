import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { osField, osForPlatformRequest } from '../../os';
import { updateSettingsField } from './fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a platform',
	description:
		'Change settings of the platform of an app for one OS. Only the settings added under Update Fields are sent; the others stay as they are. Outputs one item with success true.',
	method: 'PUT',
	path: '/v1/apps/{appId}/platforms/{os}',
	pathChecks: { os: osForPlatformRequest },
	fields: [appLocator(), osField, updateSettingsField],
};

import { appLocator } from '../../shared/fields/locators';
import type { Watched } from './watched';

export const appPlatform: Watched = {
	value: 'appPlatform',
	name: 'App Platform',
	description: 'The platforms (one per OS) of one app, with their settings',
	path: '/v1/apps/{appId}/platforms',
	fields: [
		appLocator(
			'App whose platforms to watch: choose it from the account’s apps, or enter its numeric ID, e.g. 3001',
		),
	],
	idOf: (entity) => String(entity.os),
	label: null,
};

import { appLocator } from '../../shared/fields/locators';
import type { Watched } from './watched';

export const dataPoint: Watched = {
	value: 'dataPoint',
	name: 'Data Point',
	description: 'The data points (events, screens, attributes) mParticle has seen for one app',
	fingerprintsOnly: true,
	path: '/v1/apps/{appId}/datapoints',
	fields: [
		appLocator(
			'App whose data points to watch: choose it from the account’s apps, or enter its numeric ID, e.g. 3001',
		),
	],
	// Data points have no ID: one is known by its kind, event type, name and attribute.
	idOf: (entity) =>
		[entity.type, entity.event_type, entity.name, entity.attribute_name].map((part) => part ?? '').join('|'),
	label: null,
};

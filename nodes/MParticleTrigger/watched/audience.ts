import { workspaceLocator } from '../../shared/fields/locators';
import type { Watched } from './watched';

export const audience: Watched = {
	value: 'audience',
	name: 'Audience',
	description: 'The active audiences of the account, or of one workspace',
	fingerprintsOnly: true,
	path: (value) => (value('workspaceId') === '' ? '/v1/audiences' : '/v1/workspace/{workspaceId}/audiences'),
	fields: [
		workspaceLocator(
			'Watch only the single-workspace audiences of this workspace. Leave empty to watch every active audience of the account.',
			false,
		),
	],
	counters: ['size', 'added_last_24_hours', 'dropped_last_24_hours'],
};

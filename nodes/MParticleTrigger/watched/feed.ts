import { workspaceLocator } from '../../shared/fields/locators';
import type { Watched } from './watched';

export const feed: Watched = {
	value: 'feed',
	name: 'Feed',
	description: 'The partner feeds (inbound data) of a workspace',
	path: '/v1/workspace/{workspaceId}/partnerfeeds',
	fields: [workspaceLocator('Workspace whose feeds to watch')],
};

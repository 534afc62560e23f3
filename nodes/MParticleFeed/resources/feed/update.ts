import type { Operation } from '../../../shared/operation';
import { feedIdField, workspaceField } from '../../fields';
import { feedBodyFields } from './fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a feed',
	description: 'Replace the configuration of a partner feed: module, name, OS, debug flag and settings',
	method: 'PUT',
	path: '/v1/workspace/{workspaceId}/partnerfeeds/{feedId}',
	fields: [workspaceField, feedIdField, ...feedBodyFields],
};

import type { Operation } from '../../../shared/operation';
import { workspaceField } from '../../fields';
import { feedBodyFields } from './fields';

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a feed',
	description: 'Create a partner feed in a workspace. Outputs the new feed’s ID.',
	method: 'POST',
	path: '/v1/workspace/{workspaceId}/partnerfeeds',
	fields: [workspaceField, ...feedBodyFields],
};

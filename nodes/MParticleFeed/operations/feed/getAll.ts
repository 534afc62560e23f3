import { returnAllOrLimit } from '../../../shared/descriptions';
import type { Operation } from '../../../shared/operation';
import { workspaceField } from '../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many feeds',
	description:
		'List the partner feeds of a workspace, one item per feed (mParticle gives each feed’s ID as text here)',
	method: 'GET',
	path: '/v1/workspace/{workspaceId}/partnerfeeds',
	fields: [workspaceField, ...returnAllOrLimit],
};

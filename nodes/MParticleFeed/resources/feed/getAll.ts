import { returnAllOrLimit } from '../../../shared/fields/getMany';
import { CLIENT_SIDE_FILTER_NOTE, nameContainsField } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { workspaceField } from '../../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many feeds',
	description: 'List the partner feeds of a workspace (ID, name, creation date); Get has the settings',
	method: 'GET',
	path: '/v1/workspace/{workspaceId}/partnerfeeds',
	fields: [
		workspaceField,
		nameContainsField({
			description: `Only return feeds whose name contains this text. ${CLIENT_SIDE_FILTER_NOTE}`,
			entityFields: ['name'],
			placeholder: 'e.g. radar',
		}),
		...returnAllOrLimit,
	],
};

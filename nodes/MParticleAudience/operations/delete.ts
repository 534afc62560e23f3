import { numericIdField } from '../../shared/descriptions';
import type { Operation } from '../../shared/operation';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an audience',
	description: 'Permanently delete an audience of the account by ID',
	method: 'DELETE',
	path: '/v1/audiences/{audienceId}',
	fields: [
		numericIdField(
			'audienceId',
			'Audience ID',
			'Numeric ID of the audience, e.g. 7001 (the id field of Get Many)',
		),
	],
};

import type { Operation } from '../../../shared/operation';
import { numericIdLocator } from '../../../shared/fields/locators';

export const deleteOperation: Operation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an audience',
	description: 'Permanently delete an audience; it stops being sent to its connected outputs',
	method: 'DELETE',
	path: '/v1/audiences/{audienceId}',
	fields: [
		numericIdLocator({
			name: 'audienceId',
			displayName: 'Audience',
			description:
				'Audience to delete: choose one of the account’s active audiences, or enter its numeric ID, e.g. 7001 (the id field of Get Many)',
			searchListMethod: 'searchAudiences',
			listPlaceholder: 'Select an audience...',
			example: '7001',
			dependsOn: ['accountId'],
		}),
	],
};

import type { Operation } from '../../../shared/operation';
import { keepingCurrentFields } from '../../../shared/request/currentObject';
import { feedIdField, workspaceField } from '../../fields';
import { feedChangeFields, feedWithChanges, writableFeed } from './fields';

export const update: Operation = {
	value: 'update',
	name: 'Update',
	action: 'Update a feed',
	description: 'Change a partner feed’s module, name, OS, debug flag or settings; what you leave out stays',
	method: 'PUT',
	path: '/v1/workspace/{workspaceId}/partnerfeeds/{feedId}',
	fields: [workspaceField, feedIdField, ...feedChangeFields],
	// mParticle's PUT replaces the whole feed: the node reads it and sends it back with the changes.
	afterFields: [
		keepingCurrentFields({
			noun: 'feed',
			path: '/v1/partnerfeeds/{feedId}',
			writable: writableFeed,
			merge: feedWithChanges,
			nothingToChange:
				'Nothing to update: fill in Module Name or Name, choose an OS or Debug, or add Settings',
		}),
	],
};

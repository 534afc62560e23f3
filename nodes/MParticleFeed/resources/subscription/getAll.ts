import { returnAllOrLimit } from '../../../shared/fields/getMany';
import type { Operation } from '../../../shared/operation';
import { subscriptionFeedIdField } from '../../fields';

export const getAll: Operation = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many feed subscriptions',
	description: 'List the subscriptions of a partner feed: the outputs it forwards to',
	method: 'GET',
	path: '/v1/partnerfeeds/{feedId}/subscriptions',
	fields: [subscriptionFeedIdField, ...returnAllOrLimit],
};

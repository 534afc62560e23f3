import type { Operation } from '../../../shared/operation';
import { feedIdField } from '../../fields';

export const get: Operation = {
	value: 'get',
	name: 'Get',
	action: 'Get a feed',
	description: 'Get one partner feed with its module, OS, debug flag and settings',
	method: 'GET',
	path: '/v1/partnerfeeds/{feedId}',
	fields: [feedIdField],
};

import type { Resource } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const feedResource: Resource = {
	name: 'Feed',
	value: 'feed',
	description: 'Partner feeds: data that partners send into a workspace',
	operations: [create, get, getAll, update],
};

import type { Resource } from '../../../shared/operation';
import { add } from './add';
import { getAll } from './getAll';

export const dataPointResource: Resource = {
	name: 'Data Point',
	value: 'dataPoint',
	description: 'Events, screens, attributes and identities mParticle has seen for an app',
	operations: [add, getAll],
};

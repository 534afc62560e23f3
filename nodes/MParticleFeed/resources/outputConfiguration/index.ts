import type { Resource } from '../../../shared/operation';
import { getAll } from './getAll';

export const outputConfigurationResource: Resource = {
	name: 'Output Configuration',
	value: 'outputConfiguration',
	description: 'Configurations of an output service that feeds can forward to',
	operations: [getAll],
};

import { operationProperties } from '../../../shared/operation';
import { getAll } from './getAll';

export const outputConfigurationOperations = operationProperties([getAll], 'outputConfiguration');

import { operationProperties } from '../../../shared/operation';
import { add } from './add';
import { getAll } from './getAll';

export const dataPointOperations = operationProperties([add, getAll], 'dataPoint');

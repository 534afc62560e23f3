import { operationProperties } from '../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const userProperties = operationProperties([get, getAll]);

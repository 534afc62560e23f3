import { operationProperties } from '../../shared/operation';
import { get } from './get';
import { getAll } from './getAll';

export const serviceProperties = operationProperties([get, getAll]);

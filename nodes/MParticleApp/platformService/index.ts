import { operationProperties } from '../../shared/operation';
import { configure } from './configure';
import { getAll } from './getAll';

export const platformServiceProperties = operationProperties([configure, getAll], 'platformService');

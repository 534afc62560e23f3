import { operationProperties } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

export const serviceFilteringOperations = operationProperties([get, update], 'serviceFiltering');

import { operationProperties } from '../../../shared/operation';
import { get } from './get';
import { update } from './update';

export const filterOperations = operationProperties([get, update], 'filter');

import { operationProperties } from '../../../shared/operation';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const feedOperations = operationProperties([create, get, getAll, update], 'feed');

import { operationProperties } from '../../../shared/operation';
import { create } from './create';
import { getAll } from './getAll';

export const subscriptionOperations = operationProperties([create, getAll], 'subscription');

import { operationProperties } from '../../shared/operation';
import { deleteOperation } from './delete';
import { getAll } from './getAll';

export const audienceProperties = operationProperties([deleteOperation, getAll]);

import { operationProperties } from '../../shared/operation';
import { getAll } from './getAll';

export const workspaceProperties = operationProperties([getAll]);

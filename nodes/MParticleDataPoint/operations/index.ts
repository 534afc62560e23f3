import { dataPointOperations } from './dataPoint';
import { filterOperations } from './filter';
import { serviceFilteringOperations } from './serviceFiltering';

export const dataPointProperties = [
	...dataPointOperations,
	...serviceFilteringOperations,
	...filterOperations,
];

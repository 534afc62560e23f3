import { feedOperations } from './feed';
import { outputConfigurationOperations } from './outputConfiguration';
import { subscriptionOperations } from './subscription';

export const feedProperties = [
	...feedOperations,
	...outputConfigurationOperations,
	...subscriptionOperations,
];

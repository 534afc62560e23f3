import { workspaceLocator } from '../../shared/fields/locators';
import { CALCULATED_ATTRIBUTES_PATH } from '../../shared/mparticle';
import type { Watched } from './watched';

export const calculatedAttribute: Watched = {
	value: 'calculatedAttribute',
	name: 'Calculated Attribute',
	description: 'The calculated attributes of a workspace, their activation and their calculation',
	path: CALCULATED_ATTRIBUTES_PATH,
	fields: [workspaceLocator('Workspace whose calculated attributes to watch')],
	counters: ['audience_count'],
	remembered: ['activated_on'],
	events: [
		{
			name: 'Activated',
			value: 'activated',
			description:
				'A calculated attribute was activated (also when it is activated again with a new definition)',
		},
		{
			name: 'Calculation Finished',
			value: 'calculationFinished',
			description:
				'The calculation of an active calculated attribute reached 100%. The trigger asks for the calculation status of each attribute whose calculation it has not yet seen finish.',
		},
	],
};

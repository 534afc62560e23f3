import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { accountLocator } from '../shared/fields/locators';
import { searchAccounts, searchApps, searchServices } from '../shared/lists';
import { nodeProperties } from '../shared/operation';
import { MPARTICLE_NODE } from '../shared/node';
import { dataPointResource } from './resources/dataPoint';
import { serviceFilteringResource } from './resources/serviceFiltering';
import { filterResource } from './resources/filter';

export class MParticleDataPoint implements INodeType {
	description: INodeTypeDescription = {
		...MPARTICLE_NODE,
		displayName: 'mParticle Data Point',
		name: 'mParticleDataPoint',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'List and add the data points of an mParticle app, and control which of them reach each service (data point filtering)',
		defaults: { name: 'mParticle Data Point' },
		usableAsTool: true,
		properties: nodeProperties(
			[dataPointResource, serviceFilteringResource, filterResource],
			accountLocator(),
		),
	};

	methods = { listSearch: { searchAccounts, searchApps, searchServices } };
}

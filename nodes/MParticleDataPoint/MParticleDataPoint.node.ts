import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';
import { accountIdField } from '../shared/descriptions';
import { searchAccounts, searchApps, searchServices } from '../shared/listSearch';
import { requestDefaults, requestOperations } from '../shared/transport';
import { dataPointProperties } from './operations';

export class MParticleDataPoint implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'mParticle Data Point',
		name: 'mParticleDataPoint',
		icon: { light: 'file:../../icons/mparticle.svg', dark: 'file:../../icons/mparticle.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'List and add the data points of an mParticle app, and control which of them reach each service (data point filtering)',
		defaults: { name: 'mParticle Data Point' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mParticleApi', required: true }],
		requestDefaults,
		requestOperations,
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Data Point',
						value: 'dataPoint',
						description: 'Events, screens, attributes and identities mParticle has seen for an app',
					},
					{
						name: 'Filter',
						value: 'filter',
						description: 'Per data point, whether the app forwards it to a service',
					},
					{
						name: 'Service Filtering',
						value: 'serviceFiltering',
						description: 'Whether an app forwards newly detected data points to a service by default',
					},
				],
				default: 'dataPoint',
				description:
					'What to work on: an app’s data points, its per-service data point filters, or its per-service default for new data points',
			},
			...dataPointProperties,
			accountIdField,
		],
	};

	methods = { listSearch: { searchAccounts, searchApps, searchServices } };
}

import type { INodeProperties } from 'n8n-workflow';
import { INPUT_MODE } from '../../shared/fields/structuredInput';
import { JSON_FIELD_LABEL } from './check';

/** Mappings Input, the mapping list and the JSON alternative, with the fields each mapping type needs. */
export const mappingsFields: INodeProperties[] = [
	{
		displayName: 'Mappings Input',
		name: 'mappingsInput',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields', value: INPUT_MODE.fields, description: 'Add the mappings one by one below' },
			{ name: 'JSON', value: INPUT_MODE.json, description: 'Give the mappings as a JSON list' },
		],
		default: 'fields',
		description: 'How to give the mappings: one by one, or as JSON',
	},
	{
		displayName: 'Mappings',
		name: 'mappings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		displayOptions: { show: { mappingsInput: [INPUT_MODE.fields] } },
		placeholder: 'Add Mapping',
		default: {},
		description:
			'How source (warehouse) columns become fields of the mParticle event batch. At least one mapping is required.',
		options: [
			{
				displayName: 'Mapping',
				name: 'mapping',
				values: [
					{
						displayName: 'Destination',
						name: 'destination',
						type: 'string',
						displayOptions: { show: { mappingType: ['column', 'static'] } },
						default: '',
						placeholder: 'e.g. events[].data.custom_attributes.order_id',
						description:
							'Field of the mParticle event batch to fill, as a path in mParticle’s simplified JSON path format',
					},
					{
						displayName: 'Mapping Type',
						name: 'mappingType',
						type: 'options',
						options: [
							{
								name: 'Column',
								value: 'column',
								description: 'Copy a source column into a destination field',
							},
							{ name: 'Ignore', value: 'ignore', description: 'Drop a source column' },
							{ name: 'Static', value: 'static', description: 'Set a destination field to a fixed value' },
						],
						default: 'column',
						description: 'What the mapping does',
					},
					{
						displayName: 'Source',
						name: 'source',
						type: 'string',
						displayOptions: { show: { mappingType: ['column', 'ignore'] } },
						default: '',
						placeholder: 'e.g. order_id',
						description: 'Name of the source column',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						displayOptions: { show: { mappingType: ['static'] } },
						default: '',
						placeholder: 'e.g. custom_event',
						description: 'Fixed text to put in the destination field',
					},
				],
			},
		],
	},
	{
		displayName: JSON_FIELD_LABEL,
		name: 'mappingsJson',
		type: 'json',
		displayOptions: { show: { mappingsInput: [INPUT_MODE.json] } },
		default:
			'[\n  { "mapping_type": "column", "source": "order_id", "destination": "events[].data.custom_attributes.order_id" },\n  { "mapping_type": "static", "destination": "events[].event_type", "value": "custom_event" },\n  { "mapping_type": "ignore", "source": "internal_note" }\n]',
		description:
			'List of mappings as mParticle documents them: mapping_type (column, static or ignore), source, destination and value. They are checked before sending.',
	},
];

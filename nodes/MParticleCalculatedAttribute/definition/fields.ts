import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { INPUT_MODE } from '../../shared/fields/structuredInput';
import { JSON_FIELD_LABEL } from './check';
import { choices } from '../../shared/fields/choices';
import {
	ATTRIBUTE_CATEGORIES,
	ATTRIBUTE_CATEGORY_DESCRIPTIONS,
	ATTRIBUTE_DATAPOINT_TYPES,
	CALCULATION_TYPE_DESCRIPTIONS,
	CALCULATION_TYPES,
	CONDITION_TYPES,
	CUSTOM_EVENT_TYPES,
	DATAPOINT_TYPE_DESCRIPTIONS,
	DATAPOINT_TYPES,
	EVENT_TYPES,
	LIST_OPERATOR,
	OPERATORS,
	QUANTITY_ATTRIBUTE_CATEGORIES,
	RANGE_OPERATORS,
	RECIPE_TYPES,
	SINGLE_VALUE_OPERATORS,
	WITHIN_UNITS,
} from './values';

/** Definition Input values: build the draft definition field by field, give it as JSON, or leave it unchanged. */
export const DEFINITION_INPUT = { ...INPUT_MODE, keep: 'keep' } as const;

const byFields = { definitionInput: [DEFINITION_INPUT.fields] };

const fieldsOption: INodePropertyOptions = {
	name: 'Fields',
	value: DEFINITION_INPUT.fields,
	description: 'Build the draft definition with the fields below',
};
const jsonOption: INodePropertyOptions = {
	name: 'JSON',
	value: DEFINITION_INPUT.json,
	description: 'Give the draft definition as the JSON object mParticle documents',
};

const createDefinitionInput: INodeProperties = {
	displayName: 'Definition Input',
	name: 'definitionInput',
	type: 'options',
	noDataExpression: true,
	options: [fieldsOption, jsonOption],
	default: 'fields',
	description: 'How to give the draft definition: field by field, or as JSON',
};

const updateDefinitionInput: INodeProperties = {
	displayName: 'Definition Input',
	name: 'definitionInput',
	type: 'options',
	noDataExpression: true,
	options: [
		fieldsOption,
		jsonOption,
		{
			name: 'Keep Current Draft',
			value: DEFINITION_INPUT.keep,
			description: 'Do not send a draft definition; only Name or Description change',
		},
	],
	default: 'keep',
	description:
		'Whether and how to replace the draft definition. The active definition changes only on Activate.',
};

const builderFields: INodeProperties[] = [
	{
		displayName: 'Recipe Type',
		name: 'recipeType',
		type: 'options',
		options: choices(RECIPE_TYPES),
		default: 'event',
		description: 'What the calculation is based on. mParticle supports only events.',
	},
	{
		displayName: 'Data Point Type',
		name: 'dataPointType',
		type: 'options',
		options: choices(DATAPOINT_TYPES, undefined, DATAPOINT_TYPE_DESCRIPTIONS),
		default: 'event',
		description:
			'What to calculate from: the event itself, one of its attributes, or a user attribute. mParticle documents only events as supported today.',
	},
	{
		displayName: 'Event Type',
		name: 'eventType',
		type: 'options',
		options: choices(EVENT_TYPES),
		default: 'custom_event',
		description:
			'Events API event type of the events to calculate from, e.g. Custom Event for events an app logs by name, Commerce Event for purchases and other product actions, Screen View for screens',
	},
	{
		displayName: 'Event Name',
		name: 'eventName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Purchase Completed',
		description: 'Name of the event, exactly as sent to mParticle. Required when Event Type is Custom Event.',
	},
	{
		displayName: 'Custom Event Type',
		name: 'customEventType',
		type: 'options',
		displayOptions: { show: { eventType: ['custom_event'] } },
		options: [{ name: 'Any (Do Not Send)', value: '' }, ...choices(CUSTOM_EVENT_TYPES)],
		default: '',
		description:
			'Only count custom events of this custom event type, e.g. Transaction or Navigation. Any sends no type, so custom events of every type count.',
	},
	{
		displayName: 'Commerce Event Type',
		name: 'commerceEventType',
		type: 'string',
		displayOptions: { show: { eventType: ['commerce_event'] } },
		default: '',
		placeholder: 'e.g. purchase',
		description:
			'Only count commerce events with this product action, e.g. purchase or add_to_cart. Leave empty to count all commerce events.',
	},
	{
		displayName: 'Attribute Name',
		name: 'attributeName',
		type: 'string',
		displayOptions: { show: { dataPointType: [...ATTRIBUTE_DATAPOINT_TYPES] } },
		default: '',
		placeholder: 'e.g. order_total',
		description: 'Name of the event or user attribute to calculate from. Required for attribute data points.',
	},
	{
		displayName: 'Attribute Category',
		name: 'attributeCategory',
		type: 'options',
		displayOptions: { show: { dataPointType: ['event_attribute'] } },
		options: choices(ATTRIBUTE_CATEGORIES, undefined, ATTRIBUTE_CATEGORY_DESCRIPTIONS),
		default: 'event_attribute',
		description: 'Where the attribute lives: on the event, on a product, or on a promotion',
	},
	{
		displayName: 'Use Product Quantity',
		name: 'useProductQuantity',
		type: 'boolean',
		displayOptions: {
			show: { dataPointType: ['event_attribute'], attributeCategory: [...QUANTITY_ATTRIBUTE_CATEGORIES] },
		},
		default: false,
		description:
			'Whether to weight each product or promotion by its quantity (for the Average and Most Frequent calculations)',
	},
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description: 'Only count events whose attributes meet every condition',
		options: [
			{
				displayName: 'Condition',
				name: 'condition',
				values: [
					{
						displayName: 'Attribute Name',
						name: 'attributeName',
						type: 'string',
						default: '',
						placeholder: 'e.g. category',
						description: 'Event attribute the condition tests',
					},
					{
						displayName: 'Max Value',
						name: 'maxValue',
						type: 'string',
						displayOptions: { show: { operator: [...RANGE_OPERATORS] } },
						default: '',
						description: 'Upper bound of the range, as text (a number, or a date such as 2024-12-31)',
					},
					{
						displayName: 'Min Value',
						name: 'minValue',
						type: 'string',
						displayOptions: { show: { operator: [...RANGE_OPERATORS] } },
						default: '',
						description: 'Lower bound of the range, as text (a number, or a date such as 2024-01-01)',
					},
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: choices(OPERATORS),
						default: 'equals',
						description:
							'How to compare. String: contains, empty, equals, exists, in list, not contains, not equals, not exists, pattern. Number: between, empty, equals, exists, greater or equal, greater than, in list, less than, less than or equal, not equals, not exists. Boolean: empty, equals, exists, not exists. Date: after, before, between dates, empty, equals, exists, not exists.',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: choices(CONDITION_TYPES),
						default: 'string',
						description: 'Type of the attribute value; it decides which operators are allowed',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						displayOptions: { show: { operator: [...SINGLE_VALUE_OPERATORS] } },
						default: '',
						description: 'Value to compare with, as text (true or false for booleans)',
					},
					{
						displayName: 'Values',
						name: 'values',
						type: 'string',
						displayOptions: { show: { operator: [LIST_OPERATOR] } },
						default: '',
						placeholder: 'e.g. shoes, hats',
						description: 'Comma-separated list of values for the In List operator',
					},
				],
			},
		],
	},
	{
		displayName: 'Calculation Type',
		name: 'calculationType',
		type: 'options',
		options: choices(CALCULATION_TYPES, undefined, CALCULATION_TYPE_DESCRIPTIONS),
		default: 'count',
		description: 'What to calculate from the matching events',
	},
	{
		displayName: 'Time Period Type',
		name: 'timePeriodType',
		type: 'options',
		options: [
			{ name: 'Since', value: 'since', description: 'Count events since a fixed date' },
			{ name: 'Within', value: 'within', description: 'Count events of the last N days or weeks' },
		],
		default: 'within',
		description: 'Which events count: since a date, or within a rolling window',
	},
	{
		displayName: 'Since Date',
		name: 'sinceDate',
		type: 'dateTime',
		displayOptions: { show: { timePeriodType: ['since'] } },
		default: '',
		description:
			'Count events from this date on (ISO 8601, e.g. 2024-01-31). mParticle refuses dates before its data retention window.',
	},
	{
		displayName: 'Within',
		name: 'within',
		type: 'number',
		displayOptions: { show: { timePeriodType: ['within'] } },
		typeOptions: { minValue: 1 },
		default: 30,
		description: 'Length of the rolling window, in Within Unit; it may not exceed the data retention period',
	},
	{
		displayName: 'Within Unit',
		name: 'withinUnit',
		type: 'options',
		displayOptions: { show: { timePeriodType: ['within'] } },
		options: choices(WITHIN_UNITS),
		default: 'days',
		description: 'Unit of Within: days or weeks',
	},
	{
		displayName: 'Seeding Cutoff Date',
		name: 'seedingCutoffDate',
		type: 'dateTime',
		default: '',
		description:
			'Optional. mParticle counts only data after this date; you send seed values for earlier data with the Calculated Attributes Seeding API. Leave empty for no seeding.',
	},
].map((field) => ({
	...field,
	displayOptions: { ...field.displayOptions, show: { ...byFields, ...field.displayOptions?.show } },
})) as INodeProperties[];

const jsonField: INodeProperties = {
	displayName: JSON_FIELD_LABEL,
	name: 'definitionJson',
	type: 'json',
	displayOptions: { show: { definitionInput: [DEFINITION_INPUT.json] } },
	default:
		'{\n  "recipe_type": "event",\n  "datapoint": { "type": "event", "event_type": "custom_event", "event_name": "Purchase Completed" },\n  "conditions": [],\n  "calculation_type": "count",\n  "time_period": { "type": "within", "within": 30, "within_unit": "days" }\n}',
	description:
		'The draft definition as mParticle documents it: recipe_type, datapoint (data_point is accepted too), conditions, calculation_type, time_period and optionally seeding. It is checked before sending.',
};

/** Definition Input and the fields it shows, for Create (fields or JSON) and Update (also: keep the draft). */
export function definitionFields(forUpdate: boolean): INodeProperties[] {
	return [forUpdate ? updateDefinitionInput : createDefinitionInput, ...builderFields, jsonField];
}

import type { INodeProperties } from 'n8n-workflow';
import { choices } from '../../shared/fields/choices';
import { INPUT_MODE } from '../../shared/fields/structuredInput';
import {
	ATTRIBUTE_TYPES,
	COMMERCE_DATAPOINT_TYPES,
	COMMERCE_EVENT_TYPES,
	DATAPOINT_TYPES,
	EVENT_DATAPOINT_TYPES,
	EVENT_TYPE_NAMES,
	EVENT_TYPES,
	FILTER_TYPES,
	GROUP_FILTER_TYPES,
	MAX_FILTERS_PER_UPDATE,
	TYPE_DESCRIPTIONS,
	USER_IDENTITY_NAMES,
} from './values';

/** The data point list of Add, or the filter list of Filter → Update. */
export type ListKind = 'dataPoints' | 'filters';

/** Parameter names and labels of each list: the input switch, the list and its entry, and the JSON field. */
export const LISTS = {
	dataPoints: {
		input: 'dataPointsInput',
		list: 'dataPoints',
		entry: 'dataPoint',
		json: 'dataPointsJson',
		listLabel: 'Data Points',
		entryLabel: 'Data Point',
		jsonLabel: 'Data Points (JSON)',
	},
	filters: {
		input: 'filtersInput',
		list: 'filters',
		entry: 'filter',
		json: 'filtersJson',
		listLabel: 'Filters',
		entryLabel: 'Filter',
		jsonLabel: 'Filters (JSON)',
	},
} as const;

function entryFields(kind: ListKind): INodeProperties[] {
	const forFilters = kind === 'filters';
	const fields: INodeProperties[] = [
		{
			displayName: 'Attribute Name',
			name: 'attributeName',
			type: 'string',
			displayOptions: { show: { type: [...ATTRIBUTE_TYPES] } },
			default: '',
			placeholder: 'e.g. order_total',
			description: 'Name of the attribute; Name holds the event or screen it belongs to',
		},
		{
			displayName: 'Commerce Event Type',
			name: 'commerceEventType',
			type: 'options',
			displayOptions: { show: { type: [...COMMERCE_DATAPOINT_TYPES] } },
			options: choices(COMMERCE_EVENT_TYPES),
			default: 'product_purchase',
			description:
				'Commerce event type (product or promotion action) of the data point, e.g. Product Purchase',
		},
		{
			displayName: 'Event Type',
			name: 'eventType',
			type: 'options',
			displayOptions: { show: { type: [...EVENT_DATAPOINT_TYPES] } },
			options: choices(EVENT_TYPES),
			default: 'other',
			description:
				'Event type of the event as mParticle names it, e.g. Transaction or Navigation (required for Event and Event Attribute data points)',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			...(forFilters
				? { displayOptions: { hide: { type: ['EventType', 'UserIdentity', ...GROUP_FILTER_TYPES] } } }
				: {}),
			default: '',
			placeholder: 'e.g. Purchase Completed',
			description:
				'Name of the event, screen, user attribute or identity. For attribute data points, the event or screen the attribute belongs to.',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: choices(forFilters ? FILTER_TYPES : DATAPOINT_TYPES, undefined, TYPE_DESCRIPTIONS),
			default: 'Event',
			description: forFilters
				? 'What the filter covers: one data point, all events of an event type, a user identity, or a group of user attributes'
				: 'What kind of data point it is',
		},
	];
	if (!forFilters) return fields;
	const filterFields: INodeProperties[] = [
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether mParticle forwards this data point to the service',
		},
		{
			displayName: 'Event Type Name',
			name: 'eventTypeName',
			type: 'options',
			displayOptions: { show: { type: ['EventType'] } },
			options: choices(EVENT_TYPE_NAMES),
			default: 'other',
			description: 'Event type whose events the filter covers',
		},
		{
			displayName: 'Identity Name',
			name: 'identityName',
			type: 'options',
			displayOptions: { show: { type: ['UserIdentity'] } },
			options: choices(USER_IDENTITY_NAMES, (name) => name),
			default: 'CustomerId',
			description: 'User identity the filter covers',
		},
	];
	return [...fields, ...filterFields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The input switch, the list (shown with Input = Fields) and the JSON field (Input = JSON). */
export function listFields(kind: ListKind): INodeProperties[] {
	const names = LISTS[kind];
	const forFilters = kind === 'filters';
	const jsonExample = forFilters
		? '[\n  { "name": "Purchase Completed", "attribute_name": null, "type": "Event", "event_type": "transaction", "enabled": false },\n  { "name": "Email", "attribute_name": null, "type": "UserIdentity", "event_type": null, "enabled": true }\n]'
		: '[\n  { "name": "Purchase Completed", "attribute_name": null, "type": "Event", "event_type": "transaction" },\n  { "name": "Purchase Completed", "attribute_name": "order_total", "type": "EventAttribute", "event_type": "transaction" }\n]';
	return [
		{
			displayName: `${names.listLabel} Input`,
			name: names.input,
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Fields',
					value: INPUT_MODE.fields,
					description: `Add the ${names.listLabel.toLowerCase()} one by one below`,
				},
				{
					name: 'JSON',
					value: INPUT_MODE.json,
					description: `Give the ${names.listLabel.toLowerCase()} as a JSON list`,
				},
			],
			default: 'fields',
			description: `How to give the ${names.listLabel.toLowerCase()}: one by one, or as JSON`,
		},
		{
			displayName: names.listLabel,
			name: names.list,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			displayOptions: { show: { [names.input]: [INPUT_MODE.fields] } },
			placeholder: `Add ${names.entryLabel}`,
			default: {},
			description: forFilters
				? `Filters to set, at most ${MAX_FILTERS_PER_UPDATE} per run. Data points not listed keep their setting; unknown data points are created.`
				: 'Data points to add to the app. At least one is required.',
			options: [{ displayName: names.entryLabel, name: names.entry, values: entryFields(kind) }],
		},
		{
			displayName: names.jsonLabel,
			name: names.json,
			type: 'json',
			displayOptions: { show: { [names.input]: [INPUT_MODE.json] } },
			default: jsonExample,
			description: forFilters
				? `List of filters as mParticle documents them: name, attribute_name, type, event_type and enabled. At most ${MAX_FILTERS_PER_UPDATE} per run. They are checked before sending.`
				: 'List of data points as mParticle documents them: name, attribute_name, type and event_type. They are checked before sending.',
		},
	];
}

import { CUSTOM_EVENT_TYPES as SHARED_CUSTOM_EVENT_TYPES } from '../../shared/mparticle';

/**
 * Values mParticle documents for a calculated attribute's draft definition (Platform API, Calculated
 * Attributes). One list per field; the definition fields, the builder and the rule checks all read them.
 */

/**
 * The body key of the definition's data point. mParticle's property table says `data_point`, but its
 * create and list examples say `datapoint`. INFERRED: sent as `datapoint`, as in the create example.
 */
export const DATAPOINT_KEY = 'datapoint';

/** The table's spelling: accepted in JSON input and renamed to DATAPOINT_KEY before sending. */
export const DATAPOINT_KEY_ALTERNATIVE = 'data_point';

export const RECIPE_TYPES = ['event'] as const;

export const DATAPOINT_TYPES = ['event', 'event_attribute', 'user_attribute'] as const;

export const DATAPOINT_TYPE_DESCRIPTIONS: Record<string, string> = {
	event: 'The matching events themselves, e.g. to count them or to know when they happened',
	event_attribute: 'An attribute of the matching events (set Attribute Name)',
	user_attribute: 'A user attribute (set Attribute Name)',
};

/** Data point types that target an attribute and so need `attribute_name`. */
export const ATTRIBUTE_DATAPOINT_TYPES: readonly string[] = ['event_attribute', 'user_attribute'];

/** The Events API `event_type` values; `unknown` appears in mParticle's GET example. */
export const EVENT_TYPES = [
	'application_state_transition',
	'breadcrumb',
	'commerce_event',
	'crash_report',
	'custom_event',
	'network_performance',
	'opt_out',
	'push_message',
	'push_registration',
	'screen_view',
	'session_end',
	'session_start',
	'uninstall',
	'unknown',
] as const;

/** `custom_event_type` is allowed only with these event types. */
export const EVENT_TYPES_WITH_CUSTOM_TYPE: readonly string[] = ['custom_event', 'commerce_event'];

/** `custom_event_type` values for custom events. For commerce events mParticle documents no full list. */
export const CUSTOM_EVENT_TYPES: readonly string[] = [...SHARED_CUSTOM_EVENT_TYPES, 'attribution'].sort();

export const ATTRIBUTE_CATEGORIES = ['event_attribute', 'product_attribute', 'promotion_attribute'] as const;

export const ATTRIBUTE_CATEGORY_DESCRIPTIONS: Record<string, string> = {
	event_attribute: 'An attribute of the event itself',
	product_attribute: 'An attribute of a product in a commerce event',
	promotion_attribute: 'An attribute of a promotion in a commerce event',
};

/** Attribute categories for which `use_product_quantity` applies. */
export const QUANTITY_ATTRIBUTE_CATEGORIES: readonly string[] = ['product_attribute', 'promotion_attribute'];

export const CALCULATION_TYPES = [
	'average',
	'count',
	'first_occurrence',
	'first_occurrence_timestamp',
	'last_occurrence',
	'last_occurrence_timestamp',
	'max',
	'min',
	'most_frequent',
	'sum',
	'unique_list',
	'unique_values_count',
] as const;

/** What each calculation gives; all but count and the two timestamps read the attribute's values. */
export const CALCULATION_TYPE_DESCRIPTIONS: Record<string, string> = {
	average: 'Average of the attribute’s numeric values',
	count: 'Number of matching events',
	first_occurrence: 'Attribute value of the first matching event',
	first_occurrence_timestamp: 'Date and time of the first matching event',
	last_occurrence: 'Attribute value of the most recent matching event',
	last_occurrence_timestamp: 'Date and time of the most recent matching event',
	max: 'Largest of the attribute’s numeric values',
	min: 'Smallest of the attribute’s numeric values',
	most_frequent: 'Attribute value that occurs most often',
	sum: 'Sum of the attribute’s numeric values',
	unique_list: 'List of the distinct attribute values',
	unique_values_count: 'Number of distinct attribute values',
};

/** Time period types accepted on create. `all` appears in a GET example but mParticle rejects it. */
export const TIME_PERIOD_TYPES = ['since', 'within'] as const;
export const REJECTED_TIME_PERIOD_TYPE = 'all';

export const WITHIN_UNITS = ['days', 'weeks'] as const;

export const CONDITION_TYPES = ['boolean', 'date', 'number', 'string'] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

/** Operators that compare with nothing. */
export const VALUELESS_OPERATORS: readonly string[] = ['empty', 'exists', 'not_exists'];
/** The operator that takes `values` (a list). */
export const LIST_OPERATOR = 'in_list';
/** Operators that take `min_value` and `max_value`. */
export const RANGE_OPERATORS: readonly string[] = ['between', 'between_dates'];

/** Which operators each condition type allows (mParticle's operator table). */
export const OPERATORS_BY_CONDITION_TYPE: Record<ConditionType, readonly string[]> = {
	string: [
		'contains',
		'empty',
		'equals',
		'exists',
		'in_list',
		'not_contains',
		'not_equals',
		'not_exists',
		'pattern',
	],
	number: [
		'between',
		'empty',
		'equals',
		'exists',
		'greater_or_equal',
		'greater_than',
		'in_list',
		'less_than',
		'less_than_or_equal',
		'not_equals',
		'not_exists',
	],
	boolean: ['empty', 'equals', 'exists', 'not_exists'],
	date: ['after', 'before', 'between_dates', 'empty', 'equals', 'exists', 'not_exists'],
};

export const OPERATORS: readonly string[] = [
	...new Set(Object.values(OPERATORS_BY_CONDITION_TYPE).flat()),
].sort();

/** Operators that take one `value`: every operator that is not valueless, a list or a range. */
export const SINGLE_VALUE_OPERATORS: readonly string[] = OPERATORS.filter(
	(operator) =>
		!VALUELESS_OPERATORS.includes(operator) &&
		operator !== LIST_OPERATOR &&
		!RANGE_OPERATORS.includes(operator),
);

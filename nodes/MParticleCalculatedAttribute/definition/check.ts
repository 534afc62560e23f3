import type { IDataObject } from 'n8n-workflow';
import {
	ATTRIBUTE_CATEGORIES,
	ATTRIBUTE_DATAPOINT_TYPES,
	CALCULATION_TYPES,
	CONDITION_TYPES,
	type ConditionType,
	CUSTOM_EVENT_TYPES,
	DATAPOINT_KEY,
	DATAPOINT_TYPES,
	EVENT_TYPES,
	EVENT_TYPES_WITH_CUSTOM_TYPE,
	LIST_OPERATOR,
	OPERATORS_BY_CONDITION_TYPE,
	QUANTITY_ATTRIBUTE_CATEGORIES,
	RANGE_OPERATORS,
	RECIPE_TYPES,
	REJECTED_TIME_PERIOD_TYPE,
	SINGLE_VALUE_OPERATORS,
	TIME_PERIOD_TYPES,
	WITHIN_UNITS,
} from './values';
import { fail, type Namer } from '../../shared/fields/structuredInput';

/** The label of the JSON field. */
export const JSON_FIELD_LABEL = 'Draft Definition (JSON)';

const FIELD_LABELS: Record<string, string> = {
	recipe_type: 'Recipe Type',
	[DATAPOINT_KEY]: 'Data Point',
	[`${DATAPOINT_KEY}.type`]: 'Data Point Type',
	[`${DATAPOINT_KEY}.event_type`]: 'Event Type',
	[`${DATAPOINT_KEY}.event_name`]: 'Event Name',
	[`${DATAPOINT_KEY}.custom_event_type`]: 'Custom Event Type',
	[`${DATAPOINT_KEY}.attribute_name`]: 'Attribute Name',
	[`${DATAPOINT_KEY}.attribute_category`]: 'Attribute Category',
	[`${DATAPOINT_KEY}.use_product_quantity`]: 'Use Product Quantity',
	conditions: 'Conditions',
	calculation_type: 'Calculation Type',
	time_period: 'Time Period',
	'time_period.type': 'Time Period Type',
	'time_period.date': 'Since Date',
	'time_period.within': 'Within',
	'time_period.within_unit': 'Within Unit',
	seeding: 'Seeding',
	'seeding.cutoff_date': 'Seeding Cutoff Date',
};

const CONDITION_FIELD_LABELS: Record<string, string> = {
	type: 'Type',
	operator: 'Operator',
	attribute_name: 'Attribute Name',
	value: 'Value',
	values: 'Values',
	min_value: 'Min Value',
	max_value: 'Max Value',
};

/** Names places by the Definition Input = Fields field names, e.g. "Condition 2: Operator". */
export const fieldNames: Namer = (path) => {
	if (path === '') return 'Draft Definition';
	const condition = /^conditions\[(\d+)\]\.?(.*)$/.exec(path);
	if (condition) {
		const entry = `Condition ${Number(condition[1]) + 1}`;
		return condition[2] ? `${entry}: ${CONDITION_FIELD_LABELS[condition[2]] ?? condition[2]}` : entry;
	}
	return FIELD_LABELS[path] ?? path;
};

/** Names places by their JSON path, e.g. "conditions[1].operator". */
export const jsonNames: Namer = (path) => (path === '' ? JSON_FIELD_LABEL : path);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isDate(value: unknown) {
	return typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value));
}

/** The definition rules mParticle documents for create and update, checked before anything is sent. */
class DefinitionRules {
	constructor(private readonly label: Namer) {}

	check(definition: unknown) {
		if (!isObject(definition)) fail(`${this.label('')}: give one JSON object, not a list or a single value`);
		this.oneOf(definition, 'recipe_type', RECIPE_TYPES);
		this.datapoint(definition[DATAPOINT_KEY]);
		this.conditions(definition.conditions);
		this.oneOf(definition, 'calculation_type', CALCULATION_TYPES);
		this.timePeriod(definition.time_period);
		if (definition.seeding !== undefined && definition.seeding !== null) this.seeding(definition.seeding);
	}

	private datapoint(datapoint: unknown) {
		const at = (key: string) => `${DATAPOINT_KEY}.${key}`;
		if (!isObject(datapoint)) fail(`${this.label(DATAPOINT_KEY)} is required and must be an object`);
		const type = this.oneOf(datapoint, 'type', DATAPOINT_TYPES, DATAPOINT_KEY);
		const eventType = this.oneOf(datapoint, 'event_type', EVENT_TYPES, DATAPOINT_KEY);
		if (eventType === 'custom_event' && isEmpty(datapoint.event_name)) {
			fail(
				`${this.label(at('event_name'))} is required when ${this.label(at('event_type'))} is custom_event`,
			);
		}
		if (!isEmpty(datapoint.custom_event_type)) {
			if (!EVENT_TYPES_WITH_CUSTOM_TYPE.includes(eventType)) {
				fail(
					`${this.label(at('custom_event_type'))} is only allowed when ${this.label(at('event_type'))} is custom_event or commerce_event (got "${eventType}")`,
				);
			}
			if (eventType === 'custom_event')
				this.oneOf(datapoint, 'custom_event_type', CUSTOM_EVENT_TYPES, DATAPOINT_KEY);
		}
		const hasAttribute = !isEmpty(datapoint.attribute_name);
		if (ATTRIBUTE_DATAPOINT_TYPES.includes(type) && !hasAttribute) {
			fail(
				`${this.label(at('attribute_name'))} is required when ${this.label(at('type'))} is ${ATTRIBUTE_DATAPOINT_TYPES.join(' or ')}`,
			);
		}
		if (!isEmpty(datapoint.attribute_category)) {
			if (!hasAttribute) {
				fail(
					`${this.label(at('attribute_category'))} is only used together with ${this.label(at('attribute_name'))}`,
				);
			}
			this.oneOf(datapoint, 'attribute_category', ATTRIBUTE_CATEGORIES, DATAPOINT_KEY);
		}
		const quantity = datapoint.use_product_quantity;
		if (quantity !== undefined && quantity !== null) {
			if (typeof quantity !== 'boolean')
				fail(`${this.label(at('use_product_quantity'))} must be true or false`);
			if (quantity && !QUANTITY_ATTRIBUTE_CATEGORIES.includes(String(datapoint.attribute_category))) {
				fail(
					`${this.label(at('use_product_quantity'))} is only allowed when ${this.label(at('attribute_category'))} is ${QUANTITY_ATTRIBUTE_CATEGORIES.join(' or ')}`,
				);
			}
		}
	}

	private conditions(conditions: unknown) {
		if (conditions === undefined || conditions === null) return;
		if (!Array.isArray(conditions)) fail(`${this.label('conditions')} must be a list`);
		conditions.forEach((condition, index) => this.condition(condition, `conditions[${index}]`));
	}

	private condition(condition: unknown, path: string) {
		const at = (key: string) => this.label(`${path}.${key}`);
		if (!isObject(condition)) fail(`${this.label(path)} must be an object`);
		const type = this.oneOf(condition, 'type', CONDITION_TYPES, path) as ConditionType;
		const allowed = OPERATORS_BY_CONDITION_TYPE[type];
		const operator = this.required(condition, 'operator', path);
		if (!allowed.includes(operator)) {
			fail(
				`${at('operator')} "${operator}" is not allowed for ${type} conditions; use one of ${allowed.join(', ')}`,
			);
		}
		this.required(condition, 'attribute_name', path);
		for (const key of ['value', 'min_value', 'max_value']) {
			const used =
				key === 'value' ? SINGLE_VALUE_OPERATORS.includes(operator) : RANGE_OPERATORS.includes(operator);
			if (used && isEmpty(condition[key])) fail(`${at(key)} is required for operator ${operator}`);
			if (!used && !isEmpty(condition[key])) fail(`${at(key)} must be empty for operator ${operator}`);
		}
		const values = condition.values;
		const hasValues = !isEmpty(values) && !(Array.isArray(values) && values.length === 0);
		if (operator === LIST_OPERATOR) {
			if (!hasValues) fail(`${at('values')} needs at least one value for operator ${operator}`);
			if (!Array.isArray(values)) fail(`${at('values')} must be a list for operator ${operator}`);
		} else if (hasValues) {
			fail(`${at('values')} is only used with operator ${LIST_OPERATOR}; leave it empty for ${operator}`);
		}
	}

	private timePeriod(timePeriod: unknown) {
		const at = (key: string) => this.label(`time_period.${key}`);
		if (!isObject(timePeriod)) fail(`${this.label('time_period')} is required and must be an object`);
		if (String(timePeriod.type ?? '').toLowerCase() === REJECTED_TIME_PERIOD_TYPE) {
			fail(`${at('type')} "all" is not accepted by mParticle; use since or within`);
		}
		const type = this.oneOf(timePeriod, 'type', TIME_PERIOD_TYPES, 'time_period');
		if (type === 'since') {
			if (isEmpty(timePeriod.date)) fail(`${at('date')} is required when ${at('type')} is since`);
			if (!isDate(timePeriod.date)) {
				fail(`${at('date')} must be a date such as 2024-01-31 (got "${String(timePeriod.date)}")`);
			}
		}
		if (type === 'within') {
			const within = timePeriod.within;
			if (isEmpty(within)) fail(`${at('within')} is required when ${at('type')} is within`);
			if (typeof within !== 'number' || !Number.isInteger(within) || within < 1) {
				fail(`${at('within')} must be a whole number greater than 0 (got ${JSON.stringify(within)})`);
			}
			if (isEmpty(timePeriod.within_unit)) {
				fail(`${at('within_unit')} is required when ${at('type')} is within`);
			}
			this.oneOf(timePeriod, 'within_unit', WITHIN_UNITS, 'time_period');
		}
	}

	private seeding(seeding: unknown) {
		if (!isObject(seeding)) fail(`${this.label('seeding')} must be an object with cutoff_date`);
		const cutoff = this.required(seeding, 'cutoff_date', 'seeding');
		if (!isDate(cutoff)) {
			fail(`${this.label('seeding.cutoff_date')} must be a date such as 2024-01-31 (got "${cutoff}")`);
		}
	}

	private required(object: Json, key: string, parent?: string): string {
		const path = parent ? `${parent}.${key}` : key;
		if (isEmpty(object[key])) fail(`${this.label(path)} is required`);
		if (typeof object[key] !== 'string') fail(`${this.label(path)} must be text`);
		return (object[key] as string).trim();
	}

	private oneOf(object: Json, key: string, allowed: readonly string[], parent?: string): string {
		const path = parent ? `${parent}.${key}` : key;
		const value = this.required(object, key, parent);
		if (!allowed.includes(value)) {
			fail(`${this.label(path)} must be one of ${allowed.join(', ')} (got "${value}")`);
		}
		return value;
	}
}

/**
 * Checks the definition against the rules mParticle documents for create and update and returns it; the
 * first broken rule throws an InputProblem naming the place with `name`.
 */
export function checkDefinition(definition: unknown, name: Namer): IDataObject {
	new DefinitionRules(name).check(definition);
	return definition as IDataObject;
}

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { textParameter } from '../../shared/checks';
import {
	ATTRIBUTE_DATAPOINT_TYPES,
	DATAPOINT_KEY,
	LIST_OPERATOR,
	QUANTITY_ATTRIBUTE_CATEGORIES,
	RANGE_OPERATORS,
	SINGLE_VALUE_OPERATORS,
} from './values';

interface ConditionEntry {
	attributeName?: unknown;
	type?: unknown;
	operator?: unknown;
	value?: unknown;
	values?: unknown;
	minValue?: unknown;
	maxValue?: unknown;
}

function text(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (value instanceof Date) return value.toISOString();
	return String(value).trim();
}

/** `a, b` → ['a', 'b']; an array from an expression is taken as it is. */
function listOf(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : text(value).split(',');
	return entries.map(text).filter((entry) => entry !== '');
}

/** A condition with only the value fields its operator uses, as mParticle requires. */
function conditionOf(entry: ConditionEntry): IDataObject {
	const operator = text(entry.operator);
	const condition: IDataObject = {
		type: text(entry.type),
		operator,
		attribute_name: text(entry.attributeName),
	};
	if (SINGLE_VALUE_OPERATORS.includes(operator)) condition.value = text(entry.value);
	if (operator === LIST_OPERATOR) condition.values = listOf(entry.values);
	if (RANGE_OPERATORS.includes(operator)) {
		condition.min_value = text(entry.minValue);
		condition.max_value = text(entry.maxValue);
	}
	return condition;
}

/** A number (or text that is one) becomes a number; anything else is kept as text, for the rule checks to name. */
function numberOrText(value: unknown): number | string {
	if (typeof value === 'number') return value;
	const given = text(value);
	return given !== '' && Number.isFinite(Number(given)) ? Number(given) : given;
}

/**
 * The draft definition from the Definition Input = Fields parameters. Only fields that apply are
 * included (the editor hides the others); the rule checks run on the result.
 */
export function buildDefinition(context: IExecuteSingleFunctions): IDataObject {
	const parameter = (name: string) => textParameter(context, name);
	const dataPointType = parameter('dataPointType');
	const eventType = parameter('eventType');
	const datapoint: IDataObject = { type: dataPointType, event_type: eventType };
	const eventName = parameter('eventName');
	if (eventName !== '') datapoint.event_name = eventName;
	const customEventType =
		eventType === 'custom_event'
			? parameter('customEventType')
			: eventType === 'commerce_event'
				? parameter('commerceEventType')
				: '';
	if (customEventType !== '') datapoint.custom_event_type = customEventType;
	if (ATTRIBUTE_DATAPOINT_TYPES.includes(dataPointType))
		datapoint.attribute_name = parameter('attributeName');
	if (dataPointType === 'event_attribute') {
		const category = parameter('attributeCategory');
		datapoint.attribute_category = category;
		if (QUANTITY_ATTRIBUTE_CATEGORIES.includes(category)) {
			datapoint.use_product_quantity = context.getNodeParameter('useProductQuantity', false) as boolean;
		}
	}

	const entries =
		(context.getNodeParameter('conditions', {}) as { condition?: ConditionEntry[] }).condition ?? [];

	const timePeriodType = parameter('timePeriodType');
	const timePeriod: IDataObject = { type: timePeriodType };
	if (timePeriodType === 'since') timePeriod.date = text(context.getNodeParameter('sinceDate', ''));
	if (timePeriodType === 'within') {
		timePeriod.within = numberOrText(context.getNodeParameter('within', ''));
		timePeriod.within_unit = parameter('withinUnit');
	}

	const definition: IDataObject = {
		recipe_type: parameter('recipeType'),
		[DATAPOINT_KEY]: datapoint,
		conditions: entries.map(conditionOf),
		calculation_type: parameter('calculationType'),
		time_period: timePeriod,
	};
	const cutoffDate = text(context.getNodeParameter('seedingCutoffDate', ''));
	if (cutoffDate !== '') definition.seeding = { cutoff_date: cutoffDate };
	return definition;
}

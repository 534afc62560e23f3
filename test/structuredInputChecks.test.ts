import {
	checkDefinition,
	fieldNames,
	jsonNames,
} from '../nodes/MParticleCalculatedAttribute/definition/check';
import { checkList, listNames } from '../nodes/MParticleDataPoint/lists/check';
import { checkMappings, MAPPING_NAMES } from '../nodes/MParticleFieldTransformation/mappings/check';
import { InputProblem, listNamer } from '../nodes/shared/fields/structuredInput';

/**
 * The checks of the three structured inputs (a calculated attribute's definition, data point and filter
 * lists, field mappings) are pure functions: the same rules for input built in the editor and given as
 * JSON, with places named the editor's way or the JSON way. The engine-level tests (calculatedAttribute,
 * dataPoint, fieldTransformation and the bad-input matrix) show them at work in requests.
 */

function problemOf(check: () => unknown): string {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(InputProblem);
		return (error as Error).message;
	}
	throw new Error('the check passed');
}

describe('listNamer', () => {
	const names = listNamer('Mappings', 'Mapping', (key) => key.toUpperCase());
	it.each([
		['', 'Mappings'],
		['[0]', 'Mapping 1'],
		['[2].source', 'Mapping 3: SOURCE'],
	])('names %j as %j', (path, name) => expect(names(path)).toBe(name));
});

describe('checkMappings', () => {
	const valid = [
		{ mapping_type: 'column', source: 'order_id', destination: 'event_name' },
		{ mapping_type: 'static', destination: 'environment', value: 'production' },
		{ mapping_type: 'ignore', source: 'internal_note' },
	];

	it('returns a valid list as it is', () => {
		expect(checkMappings(valid, MAPPING_NAMES.json)).toEqual(valid);
	});

	it.each([
		[{}, MAPPING_NAMES.json, 'Mappings (JSON) must be a list of mappings'],
		[[], MAPPING_NAMES.fields, 'Mappings: add at least one mapping'],
		[
			[valid[0], { mapping_type: 'column', destination: 'x' }],
			MAPPING_NAMES.fields,
			'Mapping 2: Source is required for column mappings',
		],
		[
			[{ ...valid[1], source: 'a' }],
			MAPPING_NAMES.json,
			'Mapping 1: source must be empty for static mappings',
		],
		[
			[{ mapping_type: 'rename' }],
			MAPPING_NAMES.fields,
			'Mapping 1: Mapping Type must be one of column, ignore, static (got "rename")',
		],
	])('refuses %j, naming the place', (mappings, names, message) => {
		expect(problemOf(() => checkMappings(mappings, names))).toBe(message);
	});
});

describe('checkList', () => {
	it('returns data points in mParticle’s shape and spelling', () => {
		const given = [{ name: ' Purchase ', type: 'event', event_type: 'TRANSACTION' }];
		expect(checkList('dataPoints', given, listNames('dataPoints').json)).toEqual([
			{ name: 'Purchase', attribute_name: null, type: 'Event', event_type: 'transaction' },
		]);
	});

	it('names a field by the label the entry’s type gives it in the editor', () => {
		const filters = [{ type: 'UserIdentity', name: 'Phone', enabled: true }];
		expect(problemOf(() => checkList('filters', filters, listNames('filters').fields))).toMatch(
			/^Filter 1: Identity Name must be one of .* for UserIdentity filters \(got "Phone"\)$/,
		);
		expect(problemOf(() => checkList('filters', filters, listNames('filters').json))).toMatch(
			/^Filter 1: name must be one of /,
		);
	});

	it.each([
		['dataPoints', 'nope', 'Data Points (JSON) must be a list'],
		['dataPoints', [], 'Data Points (JSON): add at least one data point'],
		[
			'filters',
			[{ type: 'Event', name: 'x', event_type: 'other' }],
			'Filter 1: enabled must be true or false',
		],
	] as const)('refuses %s %j', (kind, entries, message) => {
		expect(problemOf(() => checkList(kind, entries, listNames(kind).json))).toBe(message);
	});
});

describe('checkDefinition', () => {
	const definition = {
		recipe_type: 'event',
		datapoint: { type: 'event', event_type: 'custom_event', event_name: 'Purchase' },
		conditions: [{ type: 'number', operator: 'greater_than', attribute_name: 'total', value: '10' }],
		calculation_type: 'count',
		time_period: { type: 'within', within: 30, within_unit: 'days' },
	};

	it('returns a valid definition as it is', () => {
		expect(checkDefinition(definition, jsonNames)).toEqual(definition);
	});

	it('names a broken rule the editor’s way or the JSON way', () => {
		const broken = { ...definition, conditions: [{ ...definition.conditions[0], operator: 'contains' }] };
		expect(problemOf(() => checkDefinition(broken, fieldNames))).toMatch(
			/^Condition 1: Operator "contains" is not allowed for number conditions/,
		);
		expect(problemOf(() => checkDefinition(broken, jsonNames))).toMatch(
			/^conditions\[0\]\.operator "contains" is not allowed for number conditions/,
		);
	});

	it('refuses JSON that is not one object, naming the JSON field', () => {
		expect(problemOf(() => checkDefinition([definition], jsonNames))).toBe(
			'Draft Definition (JSON): give one JSON object, not a list or a single value',
		);
	});
});

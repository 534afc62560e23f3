import { MAPPING_FIELDS_BY_TYPE, MAPPING_TYPES } from './transformationValues';

/** How messages name the list and each mapping field: the editor's labels, or the JSON field and keys. */
export type MappingLabels = Record<
	'list' | 'entryPrefix' | 'mapping_type' | 'source' | 'destination' | 'value',
	string
>;

export const FIELD_LABELS: MappingLabels = {
	list: 'Mappings',
	entryPrefix: '',
	mapping_type: 'Mapping Type',
	source: 'Source',
	destination: 'Destination',
	value: 'Value',
};

export const JSON_LABELS: MappingLabels = {
	list: 'Mappings (JSON)',
	entryPrefix: 'Mappings (JSON): ',
	mapping_type: 'mapping_type',
	source: 'source',
	destination: 'destination',
	value: 'value',
};

function isEmpty(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks the mapping list against mParticle's documented rules: at least one mapping; a known mapping type;
 * column needs source and destination, static needs destination and value, ignore needs source; the
 * fields a type does not use must be empty. `fail` (which throws) gets a message naming the mapping.
 */
export function checkMappings(mappings: unknown, labels: MappingLabels, fail: (message: string) => never) {
	if (!Array.isArray(mappings)) fail(`${labels.list} must be a list of mappings`);
	if (mappings.length === 0) fail(`${labels.list}: add at least one mapping`);
	mappings.forEach((mapping: unknown, index) => {
		const entry = `${labels.entryPrefix}Mapping ${index + 1}`;
		if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
			fail(`${entry} must be an object`);
		}
		const fields = mapping as Record<string, unknown>;
		const type = fields.mapping_type;
		if (isEmpty(type)) fail(`${entry}: ${labels.mapping_type} is required`);
		if (!MAPPING_TYPES.includes(type as (typeof MAPPING_TYPES)[number])) {
			fail(
				`${entry}: ${labels.mapping_type} must be one of ${MAPPING_TYPES.join(', ')} (got "${String(type)}")`,
			);
		}
		const needed = MAPPING_FIELDS_BY_TYPE[type as string];
		for (const field of ['source', 'destination', 'value'] as const) {
			const value = fields[field];
			if (needed.includes(field)) {
				if (isEmpty(value)) fail(`${entry}: ${labels[field]} is required for ${String(type)} mappings`);
				if (typeof value !== 'string') fail(`${entry}: ${labels[field]} must be text`);
			} else if (!isEmpty(value)) {
				fail(`${entry}: ${labels[field]} must be empty for ${String(type)} mappings`);
			}
		}
	});
}

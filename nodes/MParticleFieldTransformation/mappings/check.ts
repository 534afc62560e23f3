import { fail, listNamer, type Namer } from '../../shared/fields/structuredInput';
import { MAPPING_FIELDS_BY_TYPE, MAPPING_TYPES } from './values';

/** The label of the JSON field. */
export const JSON_FIELD_LABEL = 'Mappings (JSON)';

const EDITOR_LABELS: Record<string, string> = {
	mapping_type: 'Mapping Type',
	source: 'Source',
	destination: 'Destination',
	value: 'Value',
};

/** How messages name places: the editor's labels ("Mapping 2: Source"), or JSON keys ("Mapping 2: source"). */
export const MAPPING_NAMES: { fields: Namer; json: Namer } = {
	fields: listNamer('Mappings', 'Mapping', (key) => EDITOR_LABELS[key] ?? key),
	json: listNamer(JSON_FIELD_LABEL, 'Mapping'),
};

function isEmpty(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks the mapping list against mParticle's documented rules: at least one mapping; a known mapping type;
 * column needs source and destination, static needs destination and value, ignore needs source; the
 * fields a type does not use must be empty. A broken rule throws an InputProblem naming the mapping.
 */
export function checkMappings(mappings: unknown, names: Namer): Array<Record<string, unknown>> {
	if (!Array.isArray(mappings)) fail(`${names('')} must be a list of mappings`);
	if (mappings.length === 0) fail(`${names('')}: add at least one mapping`);
	mappings.forEach((mapping: unknown, index) => {
		const entry = names(`[${index}]`);
		const label = (key: string) => names(`[${index}].${key}`);
		if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
			fail(`${entry} must be an object`);
		}
		const fields = mapping as Record<string, unknown>;
		const type = fields.mapping_type;
		if (isEmpty(type)) fail(`${label('mapping_type')} is required`);
		if (!MAPPING_TYPES.includes(type as (typeof MAPPING_TYPES)[number])) {
			fail(`${label('mapping_type')} must be one of ${MAPPING_TYPES.join(', ')} (got "${String(type)}")`);
		}
		const needed = MAPPING_FIELDS_BY_TYPE[type as string];
		for (const field of ['source', 'destination', 'value'] as const) {
			const value = fields[field];
			if (needed.includes(field)) {
				if (isEmpty(value)) fail(`${label(field)} is required for ${String(type)} mappings`);
				if (typeof value !== 'string') fail(`${label(field)} must be text`);
			} else if (!isEmpty(value)) {
				fail(`${label(field)} must be empty for ${String(type)} mappings`);
			}
		}
	});
	return mappings;
}

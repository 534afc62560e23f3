import type { IDataObject } from 'n8n-workflow';
import { sendStructuredInput } from '../../shared/fields/structuredInput';
import { checkMappings, JSON_FIELD_LABEL, MAPPING_NAMES } from './check';
import { DESTINATION_TYPE, MAPPING_FIELDS_BY_TYPE } from './values';

interface MappingEntry {
	mappingType?: unknown;
	source?: unknown;
	destination?: unknown;
	value?: unknown;
}

function text(value: unknown) {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A mapping from the list, with only the fields its type uses (the editor hides the others). */
function mappingOf(entry: MappingEntry): IDataObject {
	const type = text(entry.mappingType);
	const mapping: IDataObject = { mapping_type: type };
	for (const field of MAPPING_FIELDS_BY_TYPE[type] ?? []) mapping[field] = text(entry[field]);
	return mapping;
}

/** Puts `destination_type` and the checked `mappings` in the body, from the mapping list or from JSON. */
export const sendMappings = sendStructuredInput({
	mode: 'mappingsInput',
	json: { name: 'mappingsJson', label: JSON_FIELD_LABEL },
	fromFields: (context) =>
		((context.getNodeParameter('mappings', {}) as { mapping?: MappingEntry[] }).mapping ?? []).map(mappingOf),
	check: checkMappings,
	names: MAPPING_NAMES,
	send: (request, mappings) => {
		request.body = {
			...(request.body as IDataObject),
			destination_type: DESTINATION_TYPE,
			mappings: mappings as IDataObject[],
		};
	},
});

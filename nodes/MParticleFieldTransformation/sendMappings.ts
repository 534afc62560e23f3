import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { inputError, parseJsonParameter, textParameter } from '../shared/validate';
import { checkMappings, FIELD_LABELS, JSON_LABELS } from './checkMappings';
import { MAPPINGS_INPUT } from './mappingsFields';
import { DESTINATION_TYPE, MAPPING_FIELDS_BY_TYPE } from './transformationValues';

interface MappingEntry {
	mappingType?: unknown;
	source?: unknown;
	destination?: unknown;
	value?: unknown;
}

const JSON_FIELD_LABEL = 'Mappings (JSON)';

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

/**
 * Puts `destination_type` and the checked `mappings` in the body, from the mapping list or from JSON.
 * Nothing is sent when a mapping breaks a rule; the message names the mapping and the field.
 */
export async function sendMappings(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	let mappings: unknown;
	if (textParameter(this, 'mappingsInput') === MAPPINGS_INPUT.json) {
		mappings = parseJsonParameter(this, 'mappingsJson', JSON_FIELD_LABEL);
		checkMappings(mappings, JSON_LABELS, (problem) => {
			throw inputError(this, problem);
		});
	} else {
		const entries = (this.getNodeParameter('mappings', {}) as { mapping?: MappingEntry[] }).mapping ?? [];
		mappings = entries.map(mappingOf);
		checkMappings(mappings, FIELD_LABELS, (problem) => {
			throw inputError(this, problem);
		});
	}
	options.body = {
		...(options.body as IDataObject),
		destination_type: DESTINATION_TYPE,
		mappings: mappings as IDataObject[],
	};
	return options;
}

import type { IDataObject } from 'n8n-workflow';
import { sendStructuredInput } from '../../shared/fields/structuredInput';
import { buildDefinition } from './build';
import { checkDefinition, fieldNames, JSON_FIELD_LABEL, jsonNames } from './check';
import { DATAPOINT_KEY, DATAPOINT_KEY_ALTERNATIVE } from './values';

/** JSON input may spell the data point `data_point` (mParticle's table); it is sent as DATAPOINT_KEY. */
function withDatapointKey(definition: unknown): unknown {
	if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) return definition;
	const { [DATAPOINT_KEY_ALTERNATIVE]: alternative, ...rest } = definition as IDataObject;
	if (alternative === undefined || rest[DATAPOINT_KEY] !== undefined) return definition;
	return { ...rest, [DATAPOINT_KEY]: alternative };
}

/**
 * Puts the draft definition in the body as `draft_definition`, built from the fields or parsed from JSON,
 * after checking mParticle's documented rules. Definition Input = Keep Current Draft sends none.
 */
export const sendDefinition = sendStructuredInput({
	mode: 'definitionInput',
	json: { name: 'definitionJson', label: JSON_FIELD_LABEL },
	fromFields: buildDefinition,
	fromJson: withDatapointKey,
	check: checkDefinition,
	names: { fields: fieldNames, json: jsonNames },
	send: (request, definition) => {
		request.body = { ...(request.body as IDataObject), draft_definition: definition };
	},
});

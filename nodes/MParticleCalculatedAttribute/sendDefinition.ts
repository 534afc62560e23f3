import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { inputError, parseJsonParameter, textParameter } from '../shared/validate';
import { buildDefinition } from './buildDefinition';
import { checkDefinition, fieldLabel, jsonLabel } from './checkDefinition';
import { DEFINITION_INPUT } from './definitionFields';
import { DATAPOINT_KEY, DATAPOINT_KEY_ALTERNATIVE } from './definitionValues';

const JSON_FIELD_LABEL = 'Draft Definition (JSON)';

/** JSON input may spell the data point `data_point` (mParticle's table); it is sent as DATAPOINT_KEY. */
function withDatapointKey(definition: unknown): unknown {
	if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) return definition;
	const { [DATAPOINT_KEY_ALTERNATIVE]: alternative, ...rest } = definition as IDataObject;
	if (alternative === undefined || rest[DATAPOINT_KEY] !== undefined) return definition;
	return { ...rest, [DATAPOINT_KEY]: alternative };
}

/**
 * Puts the draft definition in the body as `draft_definition`, built from the fields or parsed from JSON,
 * after checking mParticle's documented rules. Nothing is sent when a rule is broken; the message names
 * the field (or the JSON path) that breaks it.
 */
export async function sendDefinition(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const input = textParameter(this, 'definitionInput');
	if (input === DEFINITION_INPUT.keep || input === '') return options;
	let definition: unknown;
	if (input === DEFINITION_INPUT.json) {
		definition = withDatapointKey(parseJsonParameter(this, 'definitionJson', JSON_FIELD_LABEL));
		checkDefinition(definition, jsonLabel, (problem) => {
			throw inputError(this, `${JSON_FIELD_LABEL}: ${problem}`);
		});
	} else {
		definition = buildDefinition(this);
		checkDefinition(definition, fieldLabel, (problem) => {
			throw inputError(this, problem);
		});
	}
	options.body = { ...(options.body as IDataObject), draft_definition: definition as IDataObject };
	return options;
}

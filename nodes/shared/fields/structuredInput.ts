import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type PreSendAction,
} from 'n8n-workflow';
import { inputError, parseJsonParameter, textParameter } from '../checks';

/*
 * One mechanism for the inputs that are structures rather than single values (a calculated attribute's
 * definition, a list of data points or filters, a list of field mappings): the user builds them field by
 * field in the editor or gives them as JSON, and both are checked by the same pure function before
 * anything is sent.
 */

/** A broken rule of a structured input; its message names the place (see Namer). Thrown by the pure checks. */
export class InputProblem extends Error {}

/** Throws an InputProblem: the one way a check reports a broken rule. */
export function fail(message: string): never {
	throw new InputProblem(message);
}

/**
 * Names a place of a structured input for a message, given its JSON path: `''` is the whole input,
 * `time_period.within` a nested key, `[1]` the second entry of a list, `conditions[1].operator` a key of one.
 * `entry` is the list entry the place is in, for labels that depend on it (e.g. on its type).
 */
export type Namer = (path: string, entry?: Record<string, unknown>) => string;

/**
 * A Namer for a list whose entries are named "<entry> <n>" (1-based): `''` → `list`,
 * `[0]` → "Mapping 1", `[0].source` → "Mapping 1: " + `key(source, entry)`.
 */
export function listNamer(
	list: string,
	entry: string,
	key: (key: string, entry?: Record<string, unknown>) => string = (name) => name,
): Namer {
	return (path, value) => {
		const place = /^\[(\d+)\]\.?(.*)$/.exec(path);
		if (!place) return path === '' ? list : path;
		const entryName = `${entry} ${Number(place[1]) + 1}`;
		return place[2] ? `${entryName}: ${key(place[2], value)}` : entryName;
	};
}

/** The choices of an input's Fields / JSON selector. */
export const INPUT_MODE = { fields: 'fields', json: 'json' } as const;

interface StructuredInput<T> {
	/** The parameter that says how the input is given: `fields`, `json`, or another value that sends nothing. */
	mode: string;
	/** The JSON parameter and its label. */
	json: { name: string; label: string };
	/** The structure built from the editor's fields. */
	fromFields: (context: IExecuteSingleFunctions) => unknown;
	/** Accepts alternative spellings of JSON input before the check. */
	fromJson?: (value: unknown) => unknown;
	/** Checks the structure and returns what to send; throws InputProblem. */
	check: (value: unknown, name: Namer) => T;
	/** How messages name places when the input came from the fields, and from JSON. */
	names: { fields: Namer; json: Namer };
	/** Puts the checked structure into the request. */
	send: (request: IHttpRequestOptions, value: T) => void;
}

/**
 * The request step of a structured input: reads it from the fields or from JSON, checks it, and sends it.
 * Nothing is sent when a rule is broken; the error names the place, after the JSON field's label when the
 * input came as JSON.
 */
export function sendStructuredInput<T>(input: StructuredInput<T>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const mode = textParameter(this, input.mode);
		if (mode !== INPUT_MODE.fields && mode !== INPUT_MODE.json) return request;
		const fromJson = mode === INPUT_MODE.json;
		const given = fromJson
			? (input.fromJson ?? ((value: unknown) => value))(
					parseJsonParameter(this, input.json.name, input.json.label),
				)
			: input.fromFields(this);
		try {
			input.send(request, input.check(given, fromJson ? input.names.json : input.names.fields));
		} catch (error) {
			if (!(error instanceof InputProblem)) throw new NodeOperationError(this.getNode(), error as Error);
			const message =
				fromJson && !error.message.startsWith(input.json.label)
					? `${input.json.label}: ${error.message}`
					: error.message;
			throw inputError(this, message);
		}
		return request;
	};
}

import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { inputError, parseJsonParameter, textParameter } from '../shared/validate';
import { ATTRIBUTE_TYPES, COMMERCE_DATAPOINT_TYPES, EVENT_DATAPOINT_TYPES } from './dataPointValues';
import { checkList, fieldLabels, jsonLabels } from './checkList';
import { LISTS, type ListKind } from './listFields';

type Entry = Record<string, unknown>;

/** One entry of the editor's list in the API's shape; only the fields its type shows are read. */
function fromEditor(entry: Entry, kind: ListKind): Entry {
	const type = String(entry.type ?? '');
	const name =
		type === 'UserIdentity' ? entry.identityName : type === 'EventType' ? entry.eventTypeName : entry.name;
	const eventType = EVENT_DATAPOINT_TYPES.includes(type)
		? entry.eventType
		: COMMERCE_DATAPOINT_TYPES.includes(type)
			? entry.commerceEventType
			: undefined;
	return {
		name,
		attribute_name: ATTRIBUTE_TYPES.includes(type) ? (entry.attributeName ?? '') : undefined,
		type,
		event_type: eventType,
		...(kind === 'filters' ? { enabled: entry.enabled ?? true } : {}),
	};
}

/**
 * A preSend that makes the request body the JSON array mParticle expects (declarative routing can only
 * build object bodies), from the editor's list or the JSON field, after checking every entry.
 */
export function sendList(kind: ListKind) {
	const names = LISTS[kind];
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		let entries: IDataObject[];
		if (textParameter(this, names.input) === 'json') {
			const given = parseJsonParameter(this, names.json, names.jsonLabel);
			entries = checkList(kind, given, jsonLabels(kind), (problem) => {
				throw inputError(this, problem);
			});
		} else {
			const list =
				(this.getNodeParameter(names.list, {}) as Record<string, Entry[] | undefined>)[names.entry] ?? [];
			entries = checkList(
				kind,
				list.map((entry) => fromEditor(entry, kind)),
				fieldLabels,
				(problem) => {
					throw inputError(this, problem);
				},
			);
		}
		options.body = entries;
		return options;
	};
}

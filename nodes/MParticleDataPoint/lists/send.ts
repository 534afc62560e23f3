import { sendStructuredInput } from '../../shared/fields/structuredInput';
import { checkList, listNames } from './check';
import { type ListKind, LISTS } from './fields';
import { ATTRIBUTE_TYPES, COMMERCE_DATAPOINT_TYPES, EVENT_DATAPOINT_TYPES } from './values';

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
 * The request step that makes the request body the JSON array mParticle expects (declarative routing can
 * only build object bodies), from the editor's list or the JSON field, after checking every entry.
 */
export function sendList(kind: ListKind) {
	const names = LISTS[kind];
	return sendStructuredInput({
		mode: names.input,
		json: { name: names.json, label: names.jsonLabel },
		fromFields: (context) =>
			(
				(context.getNodeParameter(names.list, {}) as Record<string, Entry[] | undefined>)[names.entry] ?? []
			).map((entry) => fromEditor(entry, kind)),
		check: (entries, name) => checkList(kind, entries, name),
		names: listNames(kind),
		send: (request, entries) => {
			request.body = entries;
		},
	});
}

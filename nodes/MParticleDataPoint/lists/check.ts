import type { IDataObject } from 'n8n-workflow';
import { canonical } from '../../shared/fields/choices';
import { fail, listNamer, type Namer } from '../../shared/fields/structuredInput';
import {
	ATTRIBUTE_TYPES,
	COMMERCE_DATAPOINT_TYPES,
	COMMERCE_EVENT_TYPES,
	DATAPOINT_TYPES,
	EVENT_DATAPOINT_TYPES,
	EVENT_TYPE_NAMES,
	EVENT_TYPES,
	FILTER_TYPES,
	GROUP_FILTER_TYPES,
	MAX_FILTERS_PER_UPDATE,
	USER_IDENTITY_NAMES,
} from './values';
import { type ListKind, LISTS } from './fields';

type EntryKey = 'name' | 'type' | 'attribute_name' | 'event_type' | 'enabled';

/** The editor's label of an entry's field, which may depend on its type, e.g. "Identity Name" for UserIdentity. */
function editorLabel(key: string, entry?: Record<string, unknown>): string {
	const type = String(entry?.type ?? '');
	if (key === 'name') {
		if (type === 'UserIdentity') return 'Identity Name';
		if (type === 'EventType') return 'Event Type Name';
		return 'Name';
	}
	if (key === 'event_type') {
		return COMMERCE_DATAPOINT_TYPES.includes(type) ? 'Commerce Event Type' : 'Event Type';
	}
	return { type: 'Type', attribute_name: 'Attribute Name', enabled: 'Enabled' }[key] ?? key;
}

/** How messages name places: the editor's labels ("Filter 2: Identity Name"), or JSON keys ("Filter 2: name"). */
export function listNames(kind: ListKind): { fields: Namer; json: Namer } {
	const { listLabel, entryLabel, jsonLabel } = LISTS[kind];
	return { fields: listNamer(listLabel, entryLabel, editorLabel), json: listNamer(jsonLabel, entryLabel) };
}

function isEmpty(value: unknown) {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Checks a data point list (Add) or filter list (Filter → Update) against mParticle's documented rules and
 * returns it in the documented shape and spelling: all four identity fields (null where they do not apply),
 * plus `enabled` for filters. A broken rule throws an InputProblem naming the entry and the field.
 */
export function checkList(kind: ListKind, entries: unknown, names: Namer): IDataObject[] {
	const { entryLabel } = LISTS[kind];
	const forFilters = kind === 'filters';
	const listName = names('');
	if (!Array.isArray(entries)) fail(`${listName} must be a list`);
	if (entries.length === 0) fail(`${listName}: add at least one ${entryLabel.toLowerCase()}`);
	if (forFilters && entries.length > MAX_FILTERS_PER_UPDATE) {
		fail(
			`${listName}: ${entries.length} filters given, more than the ${MAX_FILTERS_PER_UPDATE} mParticle is said to accept in one update (unverified limit). Split them over several runs.`,
		);
	}
	return entries.map((entry: unknown, index) => {
		const at = names(`[${index}]`);
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(`${at} must be an object`);
		const given = entry as IDataObject;
		let type = '';
		const label = (key: EntryKey) => names(`[${index}].${key}`, { type });
		const oneOf = (key: EntryKey, value: unknown, allowed: readonly string[], rule = '') => {
			const found = canonical(String(value ?? '').trim(), allowed);
			if (!found) {
				fail(`${label(key)} must be one of ${allowed.join(', ')}${rule} (got "${String(value ?? '')}")`);
			}
			return found;
		};

		if (isEmpty(given.type)) fail(`${label('type')} is required`);
		type = oneOf('type', given.type, forFilters ? FILTER_TYPES : DATAPOINT_TYPES);

		let name: string | null = null;
		if (type === 'UserIdentity')
			name = oneOf('name', given.name, USER_IDENTITY_NAMES, ' for UserIdentity filters');
		else if (type === 'EventType')
			name = oneOf('name', given.name, EVENT_TYPE_NAMES, ' for EventType filters');
		else if (GROUP_FILTER_TYPES.includes(type)) name = isEmpty(given.name) ? null : String(given.name).trim();
		else if (isEmpty(given.name)) fail(`${label('name')} is required`);
		else name = String(given.name).trim();

		let attributeName: string | null = null;
		if (ATTRIBUTE_TYPES.includes(type)) {
			if (isEmpty(given.attribute_name)) fail(`${label('attribute_name')} is required for ${type}`);
			attributeName = String(given.attribute_name).trim();
		} else if (!isEmpty(given.attribute_name)) {
			fail(
				`${label('attribute_name')} is only used with ${ATTRIBUTE_TYPES.join(', ')}; leave it empty for ${type}`,
			);
		}

		let eventType: string | null = null;
		if (EVENT_DATAPOINT_TYPES.includes(type)) {
			if (isEmpty(given.event_type)) fail(`${label('event_type')} is required for ${type}`);
			eventType = oneOf('event_type', given.event_type, EVENT_TYPES);
		} else if (COMMERCE_DATAPOINT_TYPES.includes(type)) {
			if (!isEmpty(given.event_type)) eventType = oneOf('event_type', given.event_type, COMMERCE_EVENT_TYPES);
		} else if (!isEmpty(given.event_type)) {
			fail(
				`${label('event_type')} is only used with ${[...EVENT_DATAPOINT_TYPES, ...COMMERCE_DATAPOINT_TYPES].join(', ')}; leave it empty for ${type}`,
			);
		}

		const checked: IDataObject = { name, attribute_name: attributeName, type, event_type: eventType };
		if (forFilters) {
			if (typeof given.enabled !== 'boolean') fail(`${label('enabled')} must be true or false`);
			checked.enabled = given.enabled;
		}
		return checked;
	});
}

import type { IDataObject } from 'n8n-workflow';
import { fingerprint, stableJson } from './fingerprint';
import { memoFingerprint, memoName, memoValues, type EntityMemo } from './memory';
import type { Watch } from './watch';

/** One event, one item: what happened to which entity, and for a change, what changed. */
export interface WatchEvent {
	event: string;
	resource: string;
	id: string;
	entity: IDataObject;
	changes?: Array<{ field: string; before: unknown; after: unknown }>;
	calculation?: IDataObject;
}

function picked(entity: IDataObject, fields: string[]): IDataObject {
	const part: IDataObject = {};
	for (const field of fields) part[field] = entity[field] ?? null;
	return part;
}

/** The entity without its counts: set to undefined, which JSON leaves out (`delete` would make copies slow). */
function withoutCounters(entity: IDataObject, counters: string[]): IDataObject {
	const part = { ...entity };
	for (const counter of counters) if (counter in part) part[counter] = undefined;
	return part;
}

/** Reads entities the way `watch` says: their identity, the part that is watched and what to remember. */
export function reader(watch: Watch) {
	const { watched, fields } = watch;
	const idOf = watched.idOf ?? ((entity: IDataObject) => String(entity.id));
	const nameField = watched.label === undefined ? 'name' : watched.label;
	const remembered = watched.remembered ?? [];
	const watchedPart = (entity: IDataObject) =>
		fields.length > 0 ? picked(entity, fields) : withoutCounters(entity, watched.counters ?? []);
	const keptValues = (entity: IDataObject, part: IDataObject): IDataObject | undefined => {
		if (fields.length > 0) return { ...picked(entity, remembered), ...part };
		if (!watched.fingerprintsOnly) return part;
		return remembered.length > 0 ? picked(entity, remembered) : undefined;
	};
	return {
		idOf,
		memoOf(entity: IDataObject): EntityMemo {
			const part = watchedPart(entity);
			const head = fingerprint(part) + (nameField === null ? '' : String(entity[nameField] ?? ''));
			const kept = keptValues(entity, part);
			return kept === undefined ? head : [head, kept];
		},
		/** What a deleted entity leaves: its name and the values remembered for it. */
		remains(memo: EntityMemo): IDataObject {
			const name = memoName(memo);
			return { ...(nameField === null || name === '' ? {} : { [nameField]: name }), ...memoValues(memo) };
		},
		/** The watched fields whose values differ, when the trigger kept the values from before. */
		changes(memo: EntityMemo, entity: IDataObject) {
			const before = memoValues(memo);
			if (!before || (fields.length === 0 && watched.fingerprintsOnly)) return undefined;
			const after = watchedPart(entity);
			const names =
				fields.length > 0 ? fields : [...new Set([...Object.keys(before), ...Object.keys(after)])];
			return names
				.filter((field) => stableJson(before[field] ?? null) !== stableJson(after[field] ?? null))
				.map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
		},
	};
}

/**
 * Compares the entities listed now with the memory of the previous poll: created, changed, deleted and (for
 * calculated attributes) activated. Returns the new memory of the entities and the events, in list order.
 * Without a previous memory (the first poll) it only records.
 */
export function compare(
	watch: Watch,
	listed: IDataObject[],
	previous: Record<string, EntityMemo> | undefined,
): { entities: Record<string, EntityMemo>; events: WatchEvent[] } {
	const read = reader(watch);
	const resource = watch.watched.value;
	const tracksActivation = (watch.watched.remembered ?? []).includes('activated_on');
	// No prototype: an ID such as "__proto__" is stored as any other.
	const entities = Object.create(null) as Record<string, EntityMemo>;
	const events: WatchEvent[] = [];
	for (const entity of listed) {
		const id = read.idOf(entity);
		const memo = read.memoOf(entity);
		entities[id] = memo;
		if (!previous) continue;
		const before = has(previous, id) ? previous[id] : undefined;
		if (before === undefined) {
			events.push({ event: 'created', resource, id, entity });
		} else if (memoFingerprint(before) !== memoFingerprint(memo)) {
			const changes = read.changes(before, entity);
			events.push({ event: 'changed', resource, id, entity, ...(changes ? { changes } : {}) });
		}
		const activatedOn = entity.activated_on ?? null;
		const activatedBefore = before === undefined ? null : (memoValues(before)?.activated_on ?? null);
		if (tracksActivation && activatedOn !== null && activatedOn !== activatedBefore) {
			events.push({ event: 'activated', resource, id, entity });
		}
	}
	if (previous) {
		for (const [id, memo] of Object.entries(previous)) {
			if (!has(entities, id)) events.push({ event: 'deleted', resource, id, entity: read.remains(memo) });
		}
	}
	return { entities, events };
}

/** Own keys only: an ID such as "constructor" is not a property every object inherits. */
function has(record: object, key: string) {
	return Object.prototype.hasOwnProperty.call(record, key);
}

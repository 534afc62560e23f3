import type { IDataObject } from 'n8n-workflow';
import { FINGERPRINT_LENGTH } from './fingerprint';

/**
 * What the trigger remembers of one entity: its fingerprint followed by its name (one string), and, when the
 * trigger keeps values for this watch, those values (then `[that string, values]`).
 */
export type EntityMemo = string | [string, IDataObject];

/**
 * What the trigger remembers between polls, in the node's static data (n8n saves it with the workflow, so it
 * survives restarts and is shared by every process in queue mode).
 */
export interface Memory {
	/** What was watched (watch, account, list, fields): when the node is set to watch something else, it starts afresh. */
	watching: string;
	entities: Record<string, EntityMemo>;
	/** Calculated attributes only: by ID, the activation (`activated_on`) whose calculation was seen finished. */
	calculations?: Record<string, string>;
}

export function memoFingerprint(memo: EntityMemo): string {
	return (typeof memo === 'string' ? memo : memo[0]).slice(0, FINGERPRINT_LENGTH);
}

export function memoName(memo: EntityMemo): string {
	return (typeof memo === 'string' ? memo : memo[0]).slice(FINGERPRINT_LENGTH);
}

export function memoValues(memo: EntityMemo): IDataObject | undefined {
	return typeof memo === 'string' ? undefined : memo[1];
}

/** The memory recorded for `watching`, or none: on the first poll, or after the node was set to watch something else. */
export function recalled(staticData: IDataObject, watching: string): Memory | undefined {
	return staticData.watching === watching ? (staticData as unknown as Memory) : undefined;
}

/** Replaces the memory in the node's static data (each key set, so n8n knows to save it). */
export function remember(staticData: IDataObject, memory: Memory) {
	staticData.watching = memory.watching;
	staticData.entities = memory.entities as IDataObject;
	if (memory.calculations) staticData.calculations = memory.calculations;
	else delete staticData.calculations;
}

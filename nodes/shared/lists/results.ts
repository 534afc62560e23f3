import type { INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { textContains } from '../fields/getMany';

/** How a listed entity is shown: its name and, in brackets, its ID, e.g. "Acme Shop (3001)". */
export function nameWithId(name: unknown, id: unknown): string {
	const shown = String(name ?? '').trim();
	return shown === '' ? String(id) : `${shown} (${String(id)})`;
}

/**
 * The entries that match the search text, sorted by name. mParticle's lists have no search, so the text is
 * matched here, ignoring case, against what each entry shows (its name and ID).
 */
export function searchResults(entries: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	return {
		results: entries
			.filter((entry) => textContains(entry.name, filter))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}

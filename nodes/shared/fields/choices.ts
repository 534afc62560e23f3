import type { INodePropertyOptions } from 'n8n-workflow';

/** `custom_event` → "Custom Event", `EventAttribute` → "Event Attribute", `All_User_Attributes` → "All User Attributes". */
function humanise(value: string): string {
	return value
		.replace(/_/g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/(^|\s)\S/g, (first) => first.toUpperCase());
}

/**
 * Options for an `options` parameter from a list of API values, sorted by name as n8n's lint requires.
 * Names default to the humanised value; pass `nameOf` to keep spellings such as iOS or CustomerId.
 * `descriptions` (by value) explains values whose name alone does not say what they do.
 */
export function choices(
	values: readonly string[],
	nameOf: (value: string) => string = humanise,
	descriptions: Readonly<Record<string, string>> = {},
): INodePropertyOptions[] {
	return values
		.map((value) => ({
			name: nameOf(value),
			value,
			...(descriptions[value] ? { description: descriptions[value] } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The documented spelling of `value` in `allowed`, ignoring case; undefined when it is not there. */
export function canonical(value: string, allowed: readonly string[]): string | undefined {
	const lower = value.toLowerCase();
	return allowed.find((entry) => entry.toLowerCase() === lower);
}

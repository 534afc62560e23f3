import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
} from 'n8n-workflow';

/** Whether `text` contains `search`, ignoring case. An empty search matches everything. */
export function textContains(text: unknown, search: string | undefined): boolean {
	const wanted = (search ?? '').trim().toLowerCase();
	if (wanted === '') return true;
	return String(text ?? '')
		.toLowerCase()
		.includes(wanted);
}

/** Whether one of the entity's fields, or all of them joined by spaces (e.g. a full name), contains `search`. */
function entityMatches(entity: IDataObject, fields: readonly string[], search: string) {
	const values = fields
		.map((field) => entity[field])
		.filter((value) => value !== undefined && value !== null && value !== '')
		.map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value)));
	return values.some((value) => textContains(value, search)) || textContains(values.join(' '), search);
}

/**
 * A response step that keeps only the entities whose `entityFields` contain the text of the parameter
 * `parameterName`, ignoring case (mParticle's lists have no search). It must run after the shared response
 * handler (it reads entities, one per item) and it does, because a field's steps come after its
 * operation's; n8n applies Limit after every step, so Limit counts matches.
 */
function nameContainsFilter(parameterName: string, entityFields: readonly string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		const value = this.getNodeParameter(parameterName, '') as unknown;
		const search = (typeof value === 'string' || typeof value === 'number' ? String(value) : '').trim();
		if (search === '') return items;
		return items.filter((item) => entityMatches(item.json, entityFields, search));
	};
}

/**
 * The optional "Name Contains" field of a Get Many: filters the received list by `entityFields` (see
 * nameContainsFilter). `description` says what it matches and that the node, not mParticle, filters.
 */
export function nameContainsField(options: {
	description: string;
	entityFields: readonly string[];
	displayName?: string;
	placeholder?: string;
}): INodeProperties {
	return {
		displayName: options.displayName ?? 'Name Contains',
		name: 'nameContains',
		type: 'string',
		default: '',
		placeholder: options.placeholder ?? 'e.g. shop',
		description: options.description,
		routing: { output: { postReceive: [nameContainsFilter('nameContains', options.entityFields)] } },
	};
}

/** The sentence every Name Contains description ends with: where the filtering happens and how it meets Limit. */
export const CLIENT_SIDE_FILTER_NOTE =
	'Not case-sensitive; leave empty for all. mParticle has no search, so the node filters the full list after receiving it, and Limit counts the matches.';

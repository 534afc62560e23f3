import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
} from 'n8n-workflow';
import { checkField, inputError } from '../checks';

/* The fields of Get Many operations: Name Contains, Return All and Limit. */

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

/** A Limit from an expression can be anything; n8n would cut the list with it as it is (-1 drops the last item). */
function checkLimit(context: IExecuteSingleFunctions, value: string, label: string): string {
	if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
		throw inputError(context, `${label} must be a whole number of 1 or more (got "${value}")`);
	}
	return value;
}

/** Return All / Limit for Get Many operations. mParticle lists are not paged: the limit is applied to the full list. */
export const returnAllOrLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		routing: {
			send: { preSend: [checkField('limit', 'Limit', checkLimit)] },
			output: { maxResults: '={{$value}}' },
		},
	},
];

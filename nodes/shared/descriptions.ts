import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { checkField, checkPositiveInteger, checkRequired, inputError } from './validate';

/** Shown on every v1 node: the account the request works in (`?accountId=`). */
export const accountIdField: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'string',
	default: '',
	placeholder: 'e.g. 1234',
	description:
		'Numeric ID of the mParticle account to work in. Leave empty to use the Account ID of the credential.',
};

/** A required numeric mParticle ID, checked before any request. */
export function numericIdField(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1234',
		description,
		routing: { send: { preSend: [checkField(name, displayName, checkPositiveInteger)] } },
	};
}

/** A required text value sent as one field of the JSON body. */
export function requiredBodyText(
	name: string,
	displayName: string,
	bodyProperty: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		description,
		routing: {
			send: {
				type: 'body',
				property: bodyProperty,
				value: '={{ String($value).trim() }}',
				preSend: [checkField(name, displayName, checkRequired)],
			},
		},
	};
}

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

/** Operating systems mParticle accepts for app platforms (and, with Unknown, for feeds). */
export const PLATFORM_OS = [
	'iOS',
	'tvOS',
	'Android',
	'MobileWeb',
	'Roku',
	'Alexa',
	'SmartTV',
	'FireTV',
	'Xbox',
] as const;

export const appIdField = numericIdField('appId', 'App ID', 'Numeric ID of the mParticle app, e.g. 1234');

export const workspaceIdField = numericIdField(
	'workspaceId',
	'Workspace ID',
	'Numeric ID of the mParticle workspace, e.g. 4302',
);

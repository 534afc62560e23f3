import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NUMERIC_ID_PATTERN, numericIdLocator, resourceLocator } from './resourceLocator';
import { sendTextToBody } from './sendText';
import { checkField, checkPositiveInteger, checkRequired, inputError, type Check } from './validate';

/**
 * Shown on every v1 node: the account the request works in (`?accountId=`). Optional: empty means the
 * credential's Account ID. The value is checked (and sent) by setAccountId.
 */
export const accountIdField: INodeProperties = resourceLocator({
	name: 'accountId',
	displayName: 'Account ID',
	description:
		'Account to work in: choose one of the mParticle accounts the credential can see, or enter its numeric ID (e.g. 1001). Leave empty to use the Account ID of the credential.',
	searchListMethod: 'searchAccounts',
	listPlaceholder: 'Credential’s account (choose to override)',
	idPlaceholder: 'e.g. 1001',
	idPattern: {
		regex: NUMERIC_ID_PATTERN,
		errorMessage: 'Account ID must be digits only, e.g. 1001',
	},
	required: false,
});

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
			send: { preSend: [checkField(name, displayName, checkRequired), sendTextToBody(name, bodyProperty)] },
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

export const appIdField = numericIdLocator({
	name: 'appId',
	displayName: 'App ID',
	description:
		'App (an application family, not one of its platforms): choose it from the account’s mParticle apps, or enter its numeric ID, e.g. 3001',
	searchListMethod: 'searchApps',
	listPlaceholder: 'Select an app...',
	example: '3001',
	dependsOn: ['accountId'],
});

export const workspaceIdField = numericIdLocator({
	name: 'workspaceId',
	displayName: 'Workspace ID',
	description:
		'Workspace: choose it from the account’s mParticle workspaces, or enter its numeric ID, e.g. 4302',
	searchListMethod: 'searchWorkspaces',
	listPlaceholder: 'Select a workspace...',
	example: '4302',
	dependsOn: ['accountId'],
});

/**
 * A service (integration) by its module name, e.g. GoogleAnalyticsEventForwarder, chosen from mParticle's
 * catalogue. Module names have no documented format, so a typed name is only checked to be non-empty
 * (or by `check`).
 */
export function serviceNameLocator(
	description: string,
	options: { check?: Check; routing?: INodeProperties['routing'] } = {},
): INodeProperties {
	return resourceLocator({
		name: 'serviceName',
		displayName: 'Service Name',
		description,
		searchListMethod: 'searchServices',
		listPlaceholder: 'Select a service...',
		idDisplayName: 'By Name',
		idPlaceholder: 'e.g. GoogleAnalyticsEventForwarder',
		check: options.check ?? checkRequired,
		routing: options.routing,
		dependsOn: ['accountId'],
	});
}

import type { INodeProperties } from 'n8n-workflow';
import { checkField, checkPositiveInteger, checkRequired, type Check } from '../checks';
import type * as lists from '../lists';
import { sendValue, type SendTo } from './send';

/** The name of a dropdown list: every export of lists/ is one. */
type ListMethod = keyof typeof lists;

/** Digits only: the typed-in format of mParticle's numeric IDs (n8n anchors mode patterns itself). */
const NUMERIC_ID_PATTERN = '[0-9]+';

interface LocatorOptions {
	/** Parameter name; unchanged from the plain field it replaces, so workflows and routing keep working. */
	name: string;
	/** Named after what it selects, e.g. "App". */
	displayName: string;
	/** What error messages call it, e.g. "App ID"; default: the display name. */
	label?: string;
	description: string;
	/** The list that fills the From List mode (a key of listSearchMethods, listed in the node's methods). */
	searchListMethod: ListMethod;
	/** Shown in the empty From List mode, e.g. "Select an app...". */
	listPlaceholder: string;
	/** Label of the typed-in mode (named `id`); "By ID" unless the value is something else, e.g. an e-mail. */
	idDisplayName?: string;
	/** Example of a typed-in value, e.g. "e.g. 3001". */
	idPlaceholder: string;
	/**
	 * The typed-in format, when it is known. The editor flags a value that does not match, and n8n refuses to
	 * run the workflow with it, showing `errorMessage` (so it names the field). Expressions are not checked
	 * there; `check` catches what they give.
	 */
	idPattern?: { regex: string; errorMessage: string };
	/** Check of the chosen or typed value before the request is sent (values can also come from expressions). */
	check?: Check;
	/** Where the value goes, e.g. a body property; omit when the path or a step reads it. */
	send?: SendTo;
	/** Whether a value is needed; false for an optional override such as the Account ID. Default true. */
	required?: boolean;
	/** The value when nothing is chosen. Default ''. */
	defaultValue?: string;
	/** Fields whose value changes what the list shows: the editor reloads the list when they change. */
	dependsOn?: string[];
}

/** What messages call each resource locator built here, kept with the field itself. */
const messageLabels = new WeakMap<INodeProperties, string>();

/** What error messages call a field: "App ID" for the locator shown as "App", else its display name. */
export function messageLabel(field: INodeProperties): string {
	return messageLabels.get(field) ?? field.displayName;
}

/**
 * A field for an ID that can be listed: a searchable list (mode `list`, the default) or the value typed in
 * (mode `id`). Workflows that still hold a plain string keep working: n8n reads it as the value.
 */
export function resourceLocator(options: LocatorOptions): INodeProperties {
	const label = options.label ?? options.displayName;
	const preSend = [
		...(options.check ? [checkField(options.name, label, options.check)] : []),
		...(options.send ? [sendValue(options.name, options.send)] : []),
	];
	const field: INodeProperties = {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: options.defaultValue ?? '' },
		...(options.required === false ? {} : { required: true }),
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.listPlaceholder,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: options.idDisplayName ?? 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				...(options.idPattern
					? { validation: [{ type: 'regex', properties: { ...options.idPattern } }] }
					: {}),
			},
		],
		...(options.dependsOn ? { typeOptions: { loadOptionsDependsOn: options.dependsOn } } : {}),
		...(preSend.length > 0 ? { routing: { send: { preSend } } } : {}),
	};
	messageLabels.set(field, label);
	return field;
}

/** A resource locator for a numeric mParticle ID: digits when typed, a positive integer when sent. */
export function numericIdLocator(
	options: Omit<LocatorOptions, 'idPattern' | 'idPlaceholder' | 'check'> & {
		/** An example ID, e.g. "3001". */
		example: string;
	},
): INodeProperties {
	const { example, ...rest } = options;
	const label = options.label ?? `${options.displayName} ID`;
	return resourceLocator({
		...rest,
		label,
		idPlaceholder: `e.g. ${example}`,
		idPattern: {
			regex: NUMERIC_ID_PATTERN,
			errorMessage: `${label} must be digits only, e.g. ${example}`,
		},
		// An optional ID is checked only when given.
		check:
			options.required === false
				? (context, value, label) => (value === '' ? '' : checkPositiveInteger(context, value, label))
				: checkPositiveInteger,
	});
}

/**
 * Shown on every v1 node: the account the request works in (`?accountId=`). Optional: empty means the
 * credential's Account ID. The value is checked (and sent) by the request's prepare step.
 */
export function accountLocator(
	description = 'Account to work in: choose one of the mParticle accounts the credential can see, or enter its numeric ID (e.g. 1001). Leave empty to use the Account ID of the credential.',
	required = false,
): INodeProperties {
	return resourceLocator({
		name: 'accountId',
		displayName: 'Account',
		label: 'Account ID',
		description,
		searchListMethod: 'searchAccounts',
		listPlaceholder: 'Credential’s account (choose to override)',
		idPlaceholder: 'e.g. 1001',
		idPattern: {
			regex: NUMERIC_ID_PATTERN,
			errorMessage: 'Account ID must be digits only, e.g. 1001',
		},
		// An operation that must name its account gets no fallback: an empty value fails before sending.
		required,
		...(required ? { check: checkPositiveInteger } : {}),
	});
}

/** An app of the account (an application family, not one of its platforms). */
export function appLocator(
	description = 'App (an application family, not one of its platforms): choose it from the account’s mParticle apps, or enter its numeric ID, e.g. 3001',
): INodeProperties {
	return numericIdLocator({
		name: 'appId',
		displayName: 'App',
		description,
		searchListMethod: 'searchApps',
		listPlaceholder: 'Select an app...',
		example: '3001',
		dependsOn: ['accountId'],
	});
}

/** A workspace of the account; `description` says what the workspace holds for this operation. */
export function workspaceLocator(description: string, required = true): INodeProperties {
	return numericIdLocator({
		name: 'workspaceId',
		displayName: 'Workspace',
		required,
		description,
		searchListMethod: 'searchWorkspaces',
		listPlaceholder: 'Select a workspace...',
		example: '4302',
		dependsOn: ['accountId'],
	});
}

/**
 * A service (integration) by its module name, e.g. GoogleAnalyticsEventForwarder, chosen from mParticle's
 * catalogue. Module names have no documented format, so a typed name is only checked to be non-empty
 * (or by `check`).
 */
export function serviceNameLocator(
	description: string,
	options: { check?: Check; send?: SendTo } = {},
): INodeProperties {
	return resourceLocator({
		name: 'serviceName',
		displayName: 'Service',
		label: 'Service Name',
		description,
		searchListMethod: 'searchServices',
		listPlaceholder: 'Select a service...',
		idDisplayName: 'By Name',
		idPlaceholder: 'e.g. GoogleAnalyticsEventForwarder',
		check: options.check ?? checkRequired,
		send: options.send,
		dependsOn: ['accountId'],
	});
}

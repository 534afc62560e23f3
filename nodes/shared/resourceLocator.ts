import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import type { ListMethod } from './listSearch';
import { checkField, checkPositiveInteger, type Check } from './validate';

/** Digits only: the typed-in format of mParticle's numeric IDs (n8n anchors mode patterns itself). */
export const NUMERIC_ID_PATTERN = '[0-9]+';

interface LocatorOptions {
	/** Parameter name; unchanged from the plain field it replaces, so workflows and routing keep working. */
	name: string;
	displayName: string;
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
	/** Extra routing, e.g. to send the value in the body; its preSend steps run after `check`. */
	routing?: INodePropertyRouting;
	/** Whether a value is needed; false for an optional override such as the Account ID. Default true. */
	required?: boolean;
	/** The value when nothing is chosen. Default ''. */
	defaultValue?: string;
	/** Fields whose value changes what the list shows: the editor reloads the list when they change. */
	dependsOn?: string[];
}

/**
 * A field for an ID that can be listed: a searchable list (mode `list`, the default) or the value typed in
 * (mode `id`). Workflows that still hold a plain string keep working: n8n reads it as the value.
 */
export function resourceLocator(options: LocatorOptions): INodeProperties {
	const preSend = [
		...(options.check ? [checkField(options.name, options.displayName, options.check)] : []),
		...(options.routing?.send?.preSend ?? []),
	];
	const routing: INodePropertyRouting | undefined =
		options.routing || preSend.length > 0
			? { ...options.routing, send: { ...options.routing?.send, preSend } }
			: undefined;
	return {
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
		...(routing ? { routing } : {}),
	};
}

/** A resource locator for a numeric mParticle ID: digits when typed, a positive integer when sent. */
export function numericIdLocator(
	options: Omit<LocatorOptions, 'idPattern' | 'idPlaceholder' | 'check'> & {
		/** An example ID, e.g. "3001". */
		example: string;
	},
): INodeProperties {
	const { example, ...rest } = options;
	return resourceLocator({
		...rest,
		idPlaceholder: `e.g. ${example}`,
		idPattern: {
			regex: NUMERIC_ID_PATTERN,
			errorMessage: `${options.displayName} must be digits only, e.g. ${example}`,
		},
		check: checkPositiveInteger,
	});
}

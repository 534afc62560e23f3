import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { checkBoolean, checkOneOf, checkOneOfField, textParameter } from '../../../shared/checks';
import { booleanField } from '../../../shared/fields/boolean';
import { choices } from '../../../shared/fields/choices';
import { settingsField, settingsMergedByName } from '../../../shared/fields/settings';
import { nameField, textField } from '../../../shared/fields/text';
import { PLATFORM_OS } from '../../../shared/mparticle';

/** Operating systems a feed can be attributed to: the app platforms plus Unknown. */
const FEED_OS = [...PLATFORM_OS, 'Unknown'] as const;

/** The feed body of Create: module_name, name, os, is_debug and settings. */
export const feedBodyFields: INodeProperties[] = [
	textField({
		name: 'moduleName',
		displayName: 'Module Name',
		required: true,
		send: { type: 'body', property: 'module_name' },
		description: 'Feed module (the partner integration), e.g. radar or MailChimp',
	}),
	nameField('Name of this feed configuration; must be unique in the workspace'),
	{
		displayName: 'OS',
		name: 'os',
		type: 'options',
		options: choices(FEED_OS, (os) => os),
		default: 'Unknown',
		description: 'Platform the feed’s data is attributed to; Unknown when it belongs to none',
		routing: {
			send: { type: 'body', property: 'os', preSend: [checkOneOfField('os', 'OS', FEED_OS)] },
		},
	},
	booleanField({
		name: 'isDebug',
		displayName: 'Debug',
		description: 'Whether the feed sends its data to the development environment instead of production',
		default: false,
		send: { type: 'body', property: 'is_debug' },
	}),
	settingsField({
		description:
			'Settings of the feed module as name/value pairs. Leave empty for a module without settings.',
	}),
];

/** The value of Update's OS and Debug that leaves the feed's own value as it is. */
const KEEP = 'keep';

const keepOption = (what: string) => ({
	name: 'Keep Current',
	value: KEEP,
	description: `Leave the feed’s ${what} as it is`,
});

async function osChange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const os = textParameter(this, 'os');
	if (os === KEEP) return request;
	request.body = { ...(request.body as IDataObject), os: checkOneOf(this, os, FEED_OS, 'OS') };
	return request;
}

async function debugChange(this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
	const value = this.getNodeParameter('isDebug', KEEP) as unknown;
	if (value === KEEP) return request;
	request.body = { ...(request.body as IDataObject), is_debug: checkBoolean(this, value, 'Debug') };
	return request;
}

/**
 * Update's fields, under Create's parameter names: each puts in the body only what the user set (empty text,
 * Keep Current and no settings put nothing). The operation then sends the feed back with these changes.
 */
export const feedChangeFields: INodeProperties[] = [
	textField({
		name: 'moduleName',
		displayName: 'Module Name',
		send: { type: 'body', property: 'module_name' },
		description:
			'New feed module (the partner integration), e.g. radar. Leave empty to keep the current one.',
	}),
	textField({
		name: 'name',
		displayName: 'Name',
		send: { type: 'body', property: 'name' },
		description: 'New name; must be unique in the workspace. Leave empty to keep the current name.',
	}),
	{
		displayName: 'OS',
		name: 'os',
		type: 'options',
		options: [keepOption('OS'), ...choices(FEED_OS, (os) => os)],
		default: KEEP,
		description: 'Platform the feed’s data is attributed to, or Keep Current',
		routing: { send: { preSend: [osChange] } },
	},
	{
		displayName: 'Debug',
		name: 'isDebug',
		type: 'options',
		options: [
			keepOption('debug setting'),
			{ name: 'Off', value: false, description: 'The feed sends its data to production' },
			{ name: 'On', value: true, description: 'The feed sends its data to the development environment' },
		],
		default: KEEP,
		description: 'Whether the feed sends its data to the development environment instead of production',
		routing: { send: { preSend: [debugChange] } },
	},
	settingsField({
		description:
			'Settings to change, by name: each replaces the feed’s setting of that name or is added. Settings not given keep their values.',
		sendWhenEmpty: false,
	}),
];

/** The feed's body fields as Feed → Get shows them; the fields set in Update go over them. */
export function writableFeed(current: IDataObject): IDataObject {
	const writable: IDataObject = {};
	for (const field of ['module_name', 'name', 'os', 'is_debug', 'settings']) {
		if (current[field] !== undefined) writable[field] = current[field];
	}
	return writable;
}

/** Each field set replaces the current one; settings are changed by name, the others kept. */
export function feedWithChanges(current: IDataObject, changes: IDataObject): IDataObject {
	const settings =
		changes.settings === undefined
			? current.settings
			: settingsMergedByName(current.settings, changes.settings);
	return {
		...current,
		...changes,
		...(settings === undefined ? {} : { settings: settings as IDataObject[] }),
	};
}

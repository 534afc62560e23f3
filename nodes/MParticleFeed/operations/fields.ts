import type { INodeProperties } from 'n8n-workflow';
import { booleanBodyField } from '../../shared/booleanBody';
import { requiredBodyText, workspaceIdField } from '../../shared/descriptions';
import { choices } from '../../shared/options';
import { numericIdLocator } from '../../shared/resourceLocator';
import { settingsField } from '../../shared/settings';
import { checkField, checkOneOfField, checkRequired } from '../../shared/validate';
import { FEED_OS } from '../feedValues';

export const workspaceField: INodeProperties = {
	...workspaceIdField,
	description:
		'Workspace that holds the feeds: choose it from the account’s workspaces, or enter its numeric ID, e.g. 4302',
};

/**
 * The feed. Its list shows the feeds of the chosen workspace where the operation has a Workspace ID, and
 * the feeds of every workspace where it has none (Get, subscriptions).
 */
export const feedIdField = numericIdLocator({
	name: 'feedId',
	displayName: 'Feed ID',
	description:
		'Partner feed: choose it from the list, or enter its numeric ID, e.g. 6001 (the id field of Feed → Get Many)',
	searchListMethod: 'searchFeeds',
	listPlaceholder: 'Select a feed...',
	example: '6001',
	dependsOn: ['workspaceId', 'accountId'],
});

/**
 * The feed of a subscription. INFERRED: mParticle's reference names this path placeholder a workspace ID
 * (list) and a module ID (create); the feed ID is the only reading consistent with the paths.
 */
export const subscriptionFeedIdField: INodeProperties = {
	...feedIdField,
	description:
		'Partner feed whose subscriptions these are: choose it from the list, or enter its numeric ID, e.g. 6001. mParticle’s reference labels this part of the path inconsistently; the node sends the feed ID, which is the inferred meaning.',
};

/** The feed body: module_name, name, os, is_debug and settings, for Create and Update. */
export const feedBodyFields: INodeProperties[] = [
	requiredBodyText(
		'moduleName',
		'Module Name',
		'module_name',
		'Feed module (the partner integration), e.g. radar or MailChimp',
	),
	requiredBodyText(
		'name',
		'Name',
		'name',
		'Name of this feed configuration; must be unique in the workspace',
	),
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
	booleanBodyField(
		'isDebug',
		'Debug',
		'is_debug',
		'Whether the feed sends its data to the development environment instead of production',
		false,
	),
	settingsField({
		description:
			'Settings of the feed module as name/value pairs. Leave empty for a module without settings.',
	}),
];

export const moduleNameField: INodeProperties = {
	displayName: 'Module Name',
	name: 'moduleName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Amplitude',
	description: 'Module name of the output service whose configurations to list, e.g. Amplitude',
	routing: { send: { preSend: [checkField('moduleName', 'Module Name', checkRequired)] } },
};

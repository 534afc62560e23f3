import type { INodeProperties } from 'n8n-workflow';
import { checkOneOfField } from '../../../shared/checks';
import { booleanField } from '../../../shared/fields/boolean';
import { choices } from '../../../shared/fields/choices';
import { settingsField } from '../../../shared/fields/settings';
import { nameField, textField } from '../../../shared/fields/text';
import { PLATFORM_OS } from '../../../shared/mparticle';

/** Operating systems a feed can be attributed to: the app platforms plus Unknown. */
const FEED_OS = [...PLATFORM_OS, 'Unknown'] as const;

/** The feed body: module_name, name, os, is_debug and settings, for Create and Update. */
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

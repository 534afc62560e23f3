import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { checkBoolean, checkOneOf, inputError } from '../../../shared/checks';

export const CRASH_HANDLING = ['AppDefined', 'ForceCatch', 'ForceIgnore'] as const;
export const NETWORK_PERFORMANCE = ['AppDefined', 'ForceFalse', 'ForceTrue'] as const;
export const SOCIAL_MODE = ['AppDefined', 'Facebook', 'FacebookAndTwitter', 'Twitter'] as const;

interface Setting {
	label: string;
	/** The field's name in mParticle's platform body. */
	apiName: string;
	read: (context: IExecuteSingleFunctions, value: unknown, label: string) => unknown;
}

function oneOf(allowed: readonly string[]) {
	return (context: IExecuteSingleFunctions, value: unknown, label: string) =>
		checkOneOf(context, String(value ?? '').trim(), allowed, label);
}

function wholeMinutes(context: IExecuteSingleFunctions, value: unknown, label: string) {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
		throw inputError(context, `${label} must be a whole number of minutes, 0 or more (got "${text}")`);
	}
	return Number(text);
}

/** Each setting of the collection: parameter name → its label, its name in the API body and its check. */
const SETTINGS: Record<string, Setting> = {
	crashHandling: { label: 'Crash Handling', apiName: 'crash_handling', read: oneOf(CRASH_HANDLING) },
	networkPerformance: {
		label: 'Network Performance',
		apiName: 'network_performance',
		read: oneOf(NETWORK_PERFORMANCE),
	},
	profileMerging: { label: 'Profile Merging', apiName: 'profile_merging', read: checkBoolean },
	pushAttributionTimer: {
		label: 'Push Attribution Timer (Minutes)',
		apiName: 'push_attribution_timer',
		read: wholeMinutes,
	},
	socialMode: { label: 'Social Mode', apiName: 'social_mode', read: oneOf(SOCIAL_MODE) },
};

/**
 * Checks the settings that are set and puts them in the body under mParticle's names; unset ones are not
 * sent. With `requiredAs` (the field's label), at least one setting must be set.
 */
function settingsToBody(requiredAs?: string) {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const given = this.getNodeParameter('platformSettings', {}) as IDataObject;
		const body: IDataObject = {};
		for (const [name, setting] of Object.entries(SETTINGS)) {
			if (given[name] === undefined) continue;
			body[setting.apiName] = setting.read(this, given[name], setting.label) as IDataObject[string];
		}
		if (requiredAs && Object.keys(body).length === 0) {
			throw inputError(this, `${requiredAs} is empty: add at least one setting to change`);
		}
		options.body = { ...(options.body as object), ...body };
		return options;
	};
}

const options: INodeProperties[] = [
	{
		displayName: 'Crash Handling',
		name: 'crashHandling',
		type: 'options',
		options: [
			{ name: 'App Defined', value: 'AppDefined', description: 'The app’s own code decides' },
			{ name: 'Force Catch', value: 'ForceCatch', description: 'The SDK always catches crashes' },
			{ name: 'Force Ignore', value: 'ForceIgnore', description: 'The SDK never catches crashes' },
		],
		default: 'AppDefined',
		description: 'How the mParticle SDK handles app crashes: AppDefined, ForceCatch or ForceIgnore',
	},
	{
		displayName: 'Network Performance',
		name: 'networkPerformance',
		type: 'options',
		options: [
			{ name: 'App Defined', value: 'AppDefined', description: 'The app’s own code decides' },
			{ name: 'Force False', value: 'ForceFalse', description: 'Never measure network performance' },
			{ name: 'Force True', value: 'ForceTrue', description: 'Always measure network performance' },
		],
		default: 'AppDefined',
		description: 'Whether the SDK measures network performance: AppDefined, ForceTrue or ForceFalse',
	},
	{
		displayName: 'Profile Merging',
		name: 'profileMerging',
		type: 'boolean',
		default: true,
		description: 'Whether mParticle merges user profiles on this platform',
	},
	{
		displayName: 'Push Attribution Timer (Minutes)',
		name: 'pushAttributionTimer',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 30,
		description: 'Push attribution timer of the platform, in minutes: a whole number, 0 or more',
	},
	{
		displayName: 'Social Mode',
		name: 'socialMode',
		type: 'options',
		options: [
			{ name: 'App Defined', value: 'AppDefined', description: 'The app’s own code decides' },
			{ name: 'Facebook', value: 'Facebook', description: 'The SDK integrates with Facebook' },
			{
				name: 'Facebook and Twitter',
				value: 'FacebookAndTwitter',
				description: 'The SDK integrates with Facebook and Twitter',
			},
			{ name: 'Twitter', value: 'Twitter', description: 'The SDK integrates with Twitter' },
		],
		default: 'AppDefined',
		description:
			'Which social networks the SDK integrates with: AppDefined, Facebook, Twitter or FacebookAndTwitter',
	},
];

/** The platform settings of a new platform; all optional, only the ones added are sent. */
export const createSettingsField: INodeProperties = {
	displayName: 'Settings',
	name: 'platformSettings',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description: 'Settings of the new platform. Settings not added keep mParticle’s defaults.',
	options,
	routing: { send: { preSend: [settingsToBody()] } },
};

/** The settings to change on a platform; at least one, only the ones added are sent. */
export const updateSettingsField: INodeProperties = {
	...createSettingsField,
	displayName: 'Update Fields',
	placeholder: 'Add Field',
	description: 'Platform settings to change, at least one. Settings not added stay as they are.',
	routing: { send: { preSend: [settingsToBody('Update Fields')] } },
};

import { atLeast, defineCheck, every } from './exampleChecks';

// What each example workflow in examples/ must produce against the emulator's sample data.

defineCheck(
	'accounts-and-workspaces.json',
	['Get accounts', atLeast(2)],
	[
		'Get workspaces of each account',
		every((item) => typeof item.name === 'string' && item.data_type === 'workspace', 'be a workspace'),
	],
);

defineCheck(
	'new-app-with-forwarding.json',
	[
		'Create app',
		every((item) => {
			const platforms = item.platforms as Array<{
				os: string;
				access_keys: Array<{ secret: string | null }>;
			}>;
			return (
				platforms.length === 2 && platforms.every((platform) => Boolean(platform.access_keys[0]?.secret))
			);
		}, 'have two platforms with their access secrets'),
	],
	['Configure Indicative on iOS', every((item) => item.success === true, 'be a success item')],
	[
		'Check services of the iOS platform',
		every((item) => item.name === 'Indicative', 'be the Indicative configuration'),
	],
);

defineCheck('audiences-of-a-workspace.json', [
	'Get audiences',
	every(
		(item) => item.data_type === 'audience' && typeof item.size === 'number',
		'be an audience with a size',
	),
]);

defineCheck(
	'calculated-attribute-lifecycle.json',
	['Create calculated attribute', every((item) => typeof item.id === 'number', 'carry the new id')],
	['Activate', every((item) => item.success === true, 'be a success item')],
	['Get activation status', every((item) => item.is_active === true, 'say the attribute is active')],
);

defineCheck(
	'data-points-and-filters.json',
	['Add data points', every((item) => item.success === true, 'be a success item')],
	[
		'Get filters of Google Analytics',
		every((item) => typeof item.enabled === 'boolean', 'be a filter entry'),
	],
);

defineCheck(
	'feed-with-subscription.json',
	['Create feed', every((item) => item.id !== undefined, 'carry the new feed id')],
	['Get Amplitude outputs', atLeast(1)],
	['Subscribe feed to the output', every((item) => item.id !== undefined, 'carry the new subscription id')],
	['Get subscriptions', every((item) => item.is_active === true, 'be an active subscription')],
);

defineCheck(
	'field-transformation.json',
	['Create field transformation', atLeast(1)],
	[
		'Get it back',
		every(
			(item) => Array.isArray(item.mappings) && (item.mappings as unknown[]).length === 3,
			'have the 3 mappings',
		),
	],
);

defineCheck('service-settings.json', [
	'Get service',
	every(
		(item) => item.name === 'Indicative' && Array.isArray(item.settings),
		'be the Indicative service with its settings',
	),
]);

defineCheck(
	'users.json',
	['Get users', atLeast(1)],
	['Get user', every((item) => typeof item.email === 'string', 'be a user')],
);

defineCheck(
	'new-workspace-standard-calculated-attributes.json',
	[
		'New workspace',
		every((item) => item.event === 'created' && item.resource === 'workspace', 'be a new workspace'),
	],
	['Has “Purchases, last 30 days”?', every((item) => item.exists === false, 'find it missing')],
	['Create “Purchases, last 30 days”', every((item) => typeof item.id === 'number', 'carry the new id')],
	['Create “Last purchase, last 90 days”', every((item) => typeof item.id === 'number', 'carry the new id')],
);

defineCheck(
	'promote-calculated-attributes.json',
	['Staging calculated attributes', atLeast(2)],
	['Create in production', every((item) => typeof item.id === 'number', 'carry the new id')],
	[
		'Differs from staging',
		every(
			(item) => item.name === 'Lifetime purchases' && item.id === 7103,
			'be the production copy of “Lifetime purchases”, which counts 90 days instead of 30',
		),
	],
);

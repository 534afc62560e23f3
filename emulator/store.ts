import { timestamp } from './timestamp';

export const EMULATOR_CLIENT_ID = 'emulator-client-id';
export const EMULATOR_CLIENT_SECRET = 'emulator-client-secret';
export const EMULATOR_READ_ONLY_CLIENT_ID = 'emulator-read-only-client-id';
export const EMULATOR_ACCOUNT_ID = 1001;

/** An API credential as mParticle's dashboard creates it: which accounts it sees, and whether it may write. */
export interface ApiClient {
	secret: string;
	accountIds: Set<number>;
	permission: 'admin' | 'user';
}

export interface Account {
	id: number;
	name: string;
	created_on: string;
	last_modified_on: string;
}

export interface Workspace {
	id: number;
	account_id: number;
	name: string;
	created_on: string;
}

/** An app ("application family"); its platforms are added by the app routes. */
export interface App {
	id: number;
	account_id: number;
	name: string;
	platforms: Array<Record<string, unknown>>;
	created_on: string;
	last_modified_on: string;
}

/** A service (integration) in mParticle's catalogue, with the settings it takes. */
export interface Service {
	name: string;
	settings: Array<{
		name: string;
		description: string;
		is_required: boolean;
		type: string;
		is_confidential?: boolean;
	}>;
	/** Whether app platforms can forward to it (some services are feeds or outputs only). */
	supports_app_platforms: boolean;
}

/** A service configured on an app platform (`PUT /apps/{appId}/platforms/{os}/services`). */
export interface PlatformServiceConfig {
	app_id: number;
	/** The platform's OS as stored on the platform, e.g. iOS. */
	os: string;
	name: string;
	account: string;
	isActive: boolean;
	isVisible: boolean;
	settings: Array<{ name: string; value: string }>;
}

/** A dashboard user; the same person can belong to several accounts. */
export interface User {
	email: string;
	first_name: string;
	last_name: string;
	account_ids: number[];
}

export interface Audience {
	id: number;
	account_id: number;
	name: string;
	external_name: string;
	size: number;
	status: string;
	is_calculated: boolean;
	workspace_ids: number[];
	connected_outputs: Array<{ provider_name: string; configurations: Array<{ name: string }> }>;
	created_by: string;
	last_modified_by: string;
	last_modified_on: string;
}

/** A calculated attribute (Platform API v2) as mParticle returns it, plus the workspace that holds it. */
export interface CalculatedAttribute {
	id: number;
	workspace_id: number;
	name: string;
	description: string | null;
	created_by: string;
	created_on: string;
	last_modified_by: string;
	last_modified_on: string;
	active_definition: Record<string, unknown> | null;
	draft_definition: Record<string, unknown> | null;
	audience_count: number;
	activated_on: string | null;
	activated_by: string | null;
}

/** The calculation of a calculated attribute's active definition: one revision per activation. */
export interface Calculation {
	revision_id: number;
	calculation_percent_complete: number;
}

/** A field transformation (Platform API v2), plus the workspace that holds it. */
export interface FieldTransformation {
	workspace_id: number;
	id: string;
	name: string;
	destination_type: string;
	mappings: Array<Record<string, unknown>>;
	created_on: string;
	created_by: string;
	last_modified_on: string;
	last_modified_by: string;
}

/** A data point of an app: an event, screen, attribute or identity mParticle has seen. */
export interface DataPoint {
	app_id: number;
	name: string;
	attribute_name: string | null;
	type: string;
	event_type: string | null;
	created_on: string;
}

/** One data point filter: whether a data point (or a group such as a user identity) reaches a service. */
export interface DataPointFilter {
	name: string | null;
	attribute_name: string | null;
	type: string;
	event_type: string | null;
	enabled: boolean;
}

/** What one app forwards to one service: the default for new data points and the explicit filters. */
export interface DataPointFilterSet {
	app_id: number;
	service_name: string;
	sendNewDataPointsByDefault: boolean;
	filters: DataPointFilter[];
}

/** A partner feed (inbound data) configured in a workspace. */
export interface Feed {
	id: number;
	workspace_id: number;
	module_name: string;
	name: string;
	os: string;
	is_debug: boolean;
	settings: Array<{ name: string; value: string | null }>;
	created_on: string;
}

/** An output configuration of a workspace, which a feed subscription forwards to. */
export interface ServiceConfiguration {
	id: number;
	workspace_id: number;
	module_name: string;
	name: string;
	created_on: string;
}

/** A feed subscription: a feed forwarding to an output configuration. */
export interface FeedSubscription {
	id: number;
	feed_id: number;
	service_configuration_id: number;
	is_active: boolean;
	settings: Array<{ name: string; value: string | null }>;
	created_on: string;
}

/** All emulator state, in memory. Each resource's route file reads and writes its own collections. */
export class Store {
	readonly clients = new Map<string, ApiClient>();

	readonly accounts = new Map<number, Account>();

	readonly workspaces: Workspace[] = [];

	readonly apps: App[] = [];

	readonly services: Service[] = [];

	readonly platformServices: PlatformServiceConfig[] = [];

	readonly users: User[] = [];

	readonly audiences: Audience[] = [];

	readonly calculatedAttributes: CalculatedAttribute[] = [];

	readonly fieldTransformations: FieldTransformation[] = [];

	readonly dataPoints: DataPoint[] = [];

	readonly dataPointFilterSets: DataPointFilterSet[] = [];

	readonly feeds: Feed[] = [];

	readonly serviceConfigurations: ServiceConfiguration[] = [];

	readonly feedSubscriptions: FeedSubscription[] = [];

	/**
	 * Calculations by calculated attribute ID. An active attribute without one counts as calculated (revision 1).
	 * Tests move `calculation_percent_complete` to make a calculation progress.
	 */
	readonly calculations = new Map<number, Calculation>();

	/** How far a new calculation is when its activation returns: 100 = done at once; tests set 0 to watch it progress. */
	newCalculationPercent = 100;

	/** Entities created per route (e.g. "POST /v1/apps"), so tests can prove a create ran exactly once. */
	readonly creates = new Map<string, number>();

	/** Apps allowed per account, when not EMULATOR_APP_LIMIT (routes/apps.ts); the bench creates hundreds. */
	appLimit?: number;

	private lastId = 5000;

	nextId() {
		this.lastId += 1;
		return this.lastId;
	}

	countCreate(route: string) {
		this.creates.set(route, (this.creates.get(route) ?? 0) + 1);
	}

	static seeded(): Store {
		const store = new Store();
		const created = timestamp(new Date('2024-03-01T09:30:00Z'));
		store.accounts.set(EMULATOR_ACCOUNT_ID, {
			id: EMULATOR_ACCOUNT_ID,
			name: 'Acme Production',
			created_on: created,
			last_modified_on: created,
		});
		store.accounts.set(1002, {
			id: 1002,
			name: 'Acme Staging',
			created_on: created,
			last_modified_on: created,
		});
		store.clients.set(EMULATOR_CLIENT_ID, {
			secret: EMULATOR_CLIENT_SECRET,
			accountIds: new Set([EMULATOR_ACCOUNT_ID, 1002]),
			permission: 'admin',
		});
		store.clients.set(EMULATOR_READ_ONLY_CLIENT_ID, {
			secret: EMULATOR_CLIENT_SECRET,
			accountIds: new Set([EMULATOR_ACCOUNT_ID]),
			permission: 'user',
		});
		store.workspaces.push(
			{ id: 4302, account_id: EMULATOR_ACCOUNT_ID, name: 'Web and Mobile', created_on: created },
			{ id: 4303, account_id: EMULATOR_ACCOUNT_ID, name: 'Connected TV', created_on: created },
			{ id: 4401, account_id: 1002, name: 'Staging', created_on: created },
		);
		store.apps.push(
			{
				id: 3001,
				account_id: EMULATOR_ACCOUNT_ID,
				name: 'Acme Shop',
				platforms: [seedPlatform(3001, 'iOS'), seedPlatform(3001, 'Android')],
				created_on: created,
				last_modified_on: created,
			},
			{
				id: 3002,
				account_id: EMULATOR_ACCOUNT_ID,
				name: 'Acme TV',
				platforms: [seedPlatform(3002, 'Roku')],
				created_on: created,
				last_modified_on: created,
			},
		);
		store.services.push(
			{
				name: 'GoogleAnalyticsEventForwarder',
				supports_app_platforms: true,
				settings: [
					{
						name: 'apiKey',
						description: 'Tracking ID',
						is_required: true,
						type: 'String',
						is_confidential: true,
					},
					{
						name: 'useCustomerId',
						description: 'Send Customer ID as User ID',
						is_required: false,
						type: 'Bool',
					},
					{ name: 'customDimensions', description: 'Custom dimensions', is_required: false, type: 'Custom' },
				],
			},
			{
				name: 'Indicative',
				supports_app_platforms: true,
				settings: [
					{
						name: 'apiKey',
						description: 'API Key',
						is_required: true,
						type: 'String',
						is_confidential: true,
					},
				],
			},
			{
				name: 'Amplitude',
				supports_app_platforms: true,
				settings: [
					{
						name: 'apiKey',
						description: 'API Key',
						is_required: true,
						type: 'String',
						is_confidential: true,
					},
					{
						name: 'includeEmailAsUserProperty',
						description: 'Include email as a user property',
						is_required: false,
						type: 'Bool',
					},
				],
			},
			{ name: 'Radar', supports_app_platforms: false, settings: [] },
		);
		store.platformServices.push({
			app_id: 3001,
			os: 'iOS',
			name: 'GoogleAnalyticsEventForwarder',
			account: 'Default Account',
			isActive: true,
			isVisible: true,
			settings: [
				{ name: 'apiKey', value: 'UA-123456-1 Key' },
				{ name: 'useCustomerId', value: 'True' },
			],
		});
		store.users.push(
			{
				email: 'test@mparticle.com',
				first_name: 'Test',
				last_name: 'User',
				account_ids: [EMULATOR_ACCOUNT_ID],
			},
			{
				email: 'jane.doe@acme.com',
				first_name: 'Jane',
				last_name: 'Doe',
				account_ids: [EMULATOR_ACCOUNT_ID, 1002],
			},
			{ email: 'ops@acme.com', first_name: 'Ops', last_name: 'Team', account_ids: [1002] },
		);
		const audience = (
			id: number,
			name: string,
			account_id: number,
			workspace_ids: number[],
			status = 'active',
		) => ({
			id,
			account_id,
			name,
			external_name: name.toLowerCase().replace(/\W+/g, '_'),
			size: id * 3,
			status,
			is_calculated: false,
			workspace_ids,
			connected_outputs: [{ provider_name: 'Amplitude', configurations: [{ name: 'Amplitude Production' }] }],
			created_by: 'jane.doe@acme.com',
			last_modified_by: 'jane.doe@acme.com',
			last_modified_on: created,
		});
		store.audiences.push(
			audience(7001, 'Cart Abandoners', EMULATOR_ACCOUNT_ID, [4302]),
			audience(7002, 'High Value Customers', EMULATOR_ACCOUNT_ID, [4302, 4303]),
			audience(7003, 'TV Watchers', EMULATOR_ACCOUNT_ID, [4303]),
			audience(7004, 'Retired Test Audience', EMULATOR_ACCOUNT_ID, [4302], 'inactive'),
			audience(7101, 'Staging Testers', 1002, [4401]),
		);
		seedWorkspaceResources(store, created);
		return store;
	}
}

function seedPlatform(appId: number, os: string): Record<string, unknown> {
	const created = timestamp(new Date('2024-03-01T09:30:00Z'));
	return {
		application_id: appId,
		os,
		access_keys: [{ key: `${os.toLowerCase()}-key-${appId}`, secret: null, data_type: 'token' }],
		crash_handling: 'AppDefined',
		network_performance: 'AppDefined',
		social_mode: 'AppDefined',
		profile_merging: true,
		push_attribution_timer: 30,
		data_type: 'platform',
		created_on: created,
		last_modified_on: created,
	};
}

/** Calculated attributes, field transformations, data points, filters and feeds of the seeded apps and workspaces. */
function seedWorkspaceResources(store: Store, created: string) {
	const definition = (eventName: string, calculation: string) => ({
		recipe_type: 'event',
		datapoint: {
			type: 'event',
			event_type: 'custom_event',
			event_name: eventName,
			custom_event_type: 'transaction',
		},
		conditions: [],
		calculation_type: calculation,
		time_period: { type: 'within', within: 30, within_unit: 'days' },
	});
	const author = 'analyst@acme.example';
	store.calculatedAttributes.push(
		{
			id: 7101,
			workspace_id: 4302,
			name: 'Lifetime purchases',
			description: 'Purchases in the last 30 days',
			created_by: author,
			created_on: created,
			last_modified_by: author,
			last_modified_on: created,
			active_definition: definition('Purchase Completed', 'count'),
			draft_definition: null,
			audience_count: 2,
			activated_on: created,
			activated_by: author,
		},
		{
			id: 7102,
			workspace_id: 4302,
			name: 'Last search',
			description: null,
			created_by: author,
			created_on: created,
			last_modified_by: author,
			last_modified_on: created,
			active_definition: null,
			draft_definition: definition('Search', 'last_occurrence_timestamp'),
			audience_count: 0,
			activated_on: null,
			activated_by: null,
		},
		{
			// The production workspace's copy of 7101, counted over 90 days instead of 30: the promotion example
			// reports it as different.
			id: 7103,
			workspace_id: 4303,
			name: 'Lifetime purchases',
			description: 'Purchases in the last 90 days',
			created_by: author,
			created_on: created,
			last_modified_by: author,
			last_modified_on: created,
			active_definition: {
				...definition('Purchase Completed', 'count'),
				time_period: { type: 'within', within: 90, within_unit: 'days' },
			},
			draft_definition: null,
			audience_count: 0,
			activated_on: created,
			activated_by: author,
		},
	);
	store.fieldTransformations.push({
		workspace_id: 4302,
		id: 'orders-to-events',
		name: 'Warehouse orders as purchase events',
		destination_type: 'event_batch',
		mappings: [
			{ mapping_type: 'column', source: 'order_id', destination: 'events[].data.custom_attributes.order_id' },
			{ mapping_type: 'static', destination: 'events[].event_type', value: 'custom_event' },
			{ mapping_type: 'ignore', source: 'internal_note' },
		],
		created_on: created,
		created_by: author,
		last_modified_on: created,
		last_modified_by: author,
	});
	const dataPoint = (
		app_id: number,
		type: string,
		name: string,
		event_type: string | null,
		attribute_name: string | null = null,
	) => ({ app_id, name, attribute_name, type, event_type, created_on: created });
	store.dataPoints.push(
		dataPoint(3001, 'Event', 'Purchase Completed', 'transaction'),
		dataPoint(3001, 'EventAttribute', 'Purchase Completed', 'transaction', 'order_total'),
		dataPoint(3001, 'UserAttribute', 'loyalty_tier', null),
		dataPoint(3001, 'ScreenView', 'Home', null),
		dataPoint(3002, 'Event', 'Play', 'media'),
	);
	store.dataPointFilterSets.push({
		app_id: 3001,
		service_name: 'GoogleAnalyticsEventForwarder',
		sendNewDataPointsByDefault: true,
		filters: [
			{
				name: 'Purchase Completed',
				attribute_name: 'order_total',
				type: 'EventAttribute',
				event_type: 'transaction',
				enabled: false,
			},
		],
	});
	store.feeds.push({
		id: 6001,
		workspace_id: 4302,
		module_name: 'Radar',
		name: 'Radar production',
		os: 'iOS',
		is_debug: false,
		settings: [{ name: 'apiKey', value: null }],
		created_on: created,
	});
	store.serviceConfigurations.push(
		{
			id: 8001,
			workspace_id: 4302,
			module_name: 'Amplitude',
			name: 'Amplitude production',
			created_on: created,
		},
		{
			id: 8002,
			workspace_id: 4302,
			module_name: 'Amplitude',
			name: 'Amplitude sandbox',
			created_on: created,
		},
		{ id: 8003, workspace_id: 4303, module_name: 'Amplitude', name: 'Amplitude TV', created_on: created },
	);
	store.feedSubscriptions.push({
		id: 9001,
		feed_id: 6001,
		service_configuration_id: 8001,
		is_active: true,
		settings: [],
		created_on: created,
	});
}

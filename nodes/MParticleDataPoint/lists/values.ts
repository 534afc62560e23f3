import { CUSTOM_EVENT_TYPES } from '../../shared/mparticle';

/** Values mParticle documents for data points and data point filters (Platform API, Data Points). */

export const DATAPOINT_TYPES = [
	'Commerce',
	'CommerceAttribute',
	'Event',
	'EventAttribute',
	'Identity',
	'ScreenView',
	'ScreenViewAttribute',
	'UserAttribute',
] as const;

/** Types that exist only as filters: groups of data points rather than single ones. */
export const FILTER_ONLY_TYPES = [
	'All_Account_User_Attributes',
	'All_User_Attributes',
	'All_Workspace_User_Attributes',
	'EventType',
	'UserIdentity',
] as const;

export const FILTER_TYPES: readonly string[] = [...DATAPOINT_TYPES, ...FILTER_ONLY_TYPES].sort();

/** What each data point or filter type stands for, as mParticle's type table describes them. */
export const TYPE_DESCRIPTIONS: Record<string, string> = {
	Commerce: 'A commerce event (needs Commerce Event Type)',
	CommerceAttribute:
		'An attribute of a commerce event: Name is the event, Attribute Name the attribute (needs Commerce Event Type)',
	Event: 'An event (needs Event Type)',
	EventAttribute:
		'An attribute of an event: Name is the event, Attribute Name the attribute (needs Event Type)',
	Identity: 'A user identity type',
	ScreenView: 'A screen view',
	ScreenViewAttribute: 'An attribute of a screen view: Name is the screen, Attribute Name the attribute',
	UserAttribute: 'A user attribute',
	All_Account_User_Attributes: 'All user attributes of the account, as one group',
	All_User_Attributes: 'All user attributes, as one group',
	All_Workspace_User_Attributes: 'All user attributes of the workspace, as one group',
	EventType: 'All events of one event type (set Event Type Name)',
	UserIdentity: 'One user identity, e.g. Email or CustomerId (set Identity Name)',
};

/** Filter types that stand for a whole group and take no name (INFERRED: mParticle documents no name for them). */
export const GROUP_FILTER_TYPES: readonly string[] = [
	'All_Account_User_Attributes',
	'All_User_Attributes',
	'All_Workspace_User_Attributes',
];

/** Types whose `name` is the parent (event or screen) and `attribute_name` the attribute. */
export const ATTRIBUTE_TYPES: readonly string[] = [
	'CommerceAttribute',
	'EventAttribute',
	'ScreenViewAttribute',
];

/** Types that need an event type from EVENT_TYPES. */
export const EVENT_DATAPOINT_TYPES: readonly string[] = ['Event', 'EventAttribute'];

/** Types whose event type is a commerce event type. */
export const COMMERCE_DATAPOINT_TYPES: readonly string[] = ['Commerce', 'CommerceAttribute'];

/** The event types of Event and EventAttribute data points. */
export const EVENT_TYPES: readonly string[] = [...CUSTOM_EVENT_TYPES, 'unknown'].sort();

export const COMMERCE_EVENT_TYPES = [
	'product_add_to_cart',
	'product_checkout',
	'product_checkout_option',
	'product_click',
	'product_purchase',
	'product_refund',
	'product_remove_from_cart',
	'product_view_detail',
	'promotion_click',
	'promotion_view',
] as const;

/** Names a filter of type EventType can take: every event type above. */
export const EVENT_TYPE_NAMES: readonly string[] = [...EVENT_TYPES, ...COMMERCE_EVENT_TYPES];

/** Names a filter of type UserIdentity can take. */
export const USER_IDENTITY_NAMES = [
	'CustomerId',
	'Email',
	'Facebook',
	'Google',
	'Microsoft',
	'Other',
	'Twitter',
	'Yahoo',
] as const;

/**
 * Most filters one update may carry. UNVERIFIED: a third-party claim attributed to mParticle's Default
 * Service Limits page says a filter update is limited to 500 data points and larger ones may time out (504).
 */
export const MAX_FILTERS_PER_UPDATE = 500;

/** Path words after `/apps/{appId}/` that are not service names (they would address another endpoint). */
export const RESERVED_SERVICE_NAMES: readonly string[] = ['datapoints', 'platforms'];

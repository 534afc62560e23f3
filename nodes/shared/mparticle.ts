/**
 * Facts about mParticle's Platform API that several parts of the package (and the emulator) rely on:
 * addresses, paths and value lists. Each INFERRED fact is one constant here or beside the code that uses it.
 */

/** Where the nodes send requests; the credential swaps it for the API Base URL of its Advanced Settings. */
export const MPARTICLE_API_BASE_URL = 'https://api.mparticle.com';
export const MPARTICLE_TOKEN_URL = 'https://sso.auth.mparticle.com/oauth/token';
export const MPARTICLE_TOKEN_AUDIENCE = 'https://api.mparticle.com';

/** The credential type every node uses. */
export const CREDENTIAL_TYPE = 'mParticleApi';

/** Platform API v2: the workspace is in the path and no accountId is sent. */
export const CALCULATED_ATTRIBUTES_PATH = '/platform/v2/workspaces/{workspaceId}/calculatedattributes';
export const CALCULATED_ATTRIBUTE_PATH = `${CALCULATED_ATTRIBUTES_PATH}/{calculatedAttributeId}`;

/**
 * The path segment of field transformations under `/platform/v2/workspaces/{workspaceId}/`.
 * INFERRED: mParticle's endpoint section could not be read; `transformations` follows the Warehouse Sync v2
 * base that documents `/connections`, `/data-models` and `/pipelines`. It might be `field-transformations`:
 * change it here only (the node and the emulator both read this constant).
 */
export const FIELD_TRANSFORMATIONS_PATH_SEGMENT = 'transformations';
export const FIELD_TRANSFORMATIONS_PATH = `/platform/v2/workspaces/{workspaceId}/${FIELD_TRANSFORMATIONS_PATH_SEGMENT}`;
export const FIELD_TRANSFORMATION_PATH = `${FIELD_TRANSFORMATIONS_PATH}/{fieldTransformationId}`;

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

/**
 * The custom event types of mParticle's Events API that both calculated attributes and data points take;
 * each adds one of its own (calculated attributes `attribution`, data points `unknown`).
 */
export const CUSTOM_EVENT_TYPES = [
	'location',
	'media',
	'navigation',
	'other',
	'search',
	'social',
	'transaction',
	'user_content',
	'user_preference',
] as const;

/**
 * The path segment of field transformations under `/platform/v2/workspaces/{workspaceId}/`.
 * INFERRED: mParticle's endpoint section could not be read; `transformations` follows the Warehouse Sync v2
 * base that documents `/connections`, `/data-models` and `/pipelines`. It might be `field-transformations`:
 * change it here only (the node and the emulator both read this constant).
 */
export const FIELD_TRANSFORMATIONS_PATH_SEGMENT = 'transformations';

export const FIELD_TRANSFORMATIONS_PATH = `/platform/v2/workspaces/{workspaceId}/${FIELD_TRANSFORMATIONS_PATH_SEGMENT}`;
export const FIELD_TRANSFORMATION_PATH = `${FIELD_TRANSFORMATIONS_PATH}/{fieldTransformationId}`;

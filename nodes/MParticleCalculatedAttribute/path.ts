/** Platform API v2: the workspace is in the path and no accountId is sent. */
export const CALCULATED_ATTRIBUTES_PATH = '/platform/v2/workspaces/{workspaceId}/calculatedattributes';
export const CALCULATED_ATTRIBUTE_PATH = `${CALCULATED_ATTRIBUTES_PATH}/{calculatedAttributeId}`;

import { Rejection } from './replies';
import type { Reply } from './router';
import type { ApiClient, Store } from './store';

/**
 * Helpers for Platform API v2 routes (calculated attributes, field transformations): errors come as
 * `{errors: [{code, message}]}` without the v1 envelope's data fields, and the workspace is in the path.
 */
export function v2Failure(status: number, message: string, code: string): Reply {
	return { status, body: { errors: [{ code, message }] } };
}

export function rejectV2NotFound(message: string): never {
	throw new Rejection(v2Failure(404, message, 'NOT_FOUND'));
}

export function rejectV2Validation(message: string): never {
	throw new Rejection(v2Failure(422, message, 'VALIDATION_ERROR'));
}

/** The workspace in the path, when it belongs to an account the caller's credential can see; else a 404. */
export function visibleWorkspace(store: Store, client: ApiClient, id: string) {
	const workspace = store.workspaces.find((candidate) => String(candidate.id) === id);
	if (!workspace || !client.accountIds.has(workspace.account_id))
		rejectV2NotFound(`Workspace ${id} not found.`);
	return workspace;
}

/** The request body as a JSON object, or a 422 in the v2 shape. */
export function v2ObjectBody(body: unknown): Record<string, unknown> {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
	return rejectV2Validation('Request body must be a JSON object.');
}

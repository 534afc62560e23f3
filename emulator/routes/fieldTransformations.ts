import { FIELD_TRANSFORMATIONS_PATH_SEGMENT } from '../../nodes/shared/mparticle';
import { noContent } from '../replies';
import type { RouteModule } from '../router';
import type { ApiClient, FieldTransformation, Store } from '../store';
import { timestamp } from '../timestamp';
import { rejectV2NotFound, rejectV2Validation, v2ObjectBody, visibleWorkspace } from '../v2';

/** INFERRED paths (see FIELD_TRANSFORMATIONS_PATH_SEGMENT): the node and the emulator share the segment. */
const BASE = `/workspaces/{workspaceId}/${FIELD_TRANSFORMATIONS_PATH_SEGMENT}`;
const ONE = `${BASE}/{id}`;
const API_USER = 'platform-api@emulator';

const NEEDS: Record<string, string[]> = {
	column: ['source', 'destination'],
	static: ['destination', 'value'],
	ignore: ['source'],
};

/**
 * Field transformations (Platform API v2): bare JSON objects and arrays, no accountId, the workspace
 * in the path. mParticle's endpoint section is not available, so statuses follow the other v2 resources.
 */
export const fieldTransformationRoutes: RouteModule = (router, store) => {
	router.v2('GET', BASE, ({ client, params }) => {
		const workspace = visibleWorkspace(store, client, params.workspaceId);
		const list = store.fieldTransformations.filter((entry) => entry.workspace_id === workspace.id);
		return { status: 200, body: list.map(present) };
	});

	router.v2('POST', BASE, ({ client, params, request }) => {
		const workspace = visibleWorkspace(store, client, params.workspaceId);
		const body = v2ObjectBody(request.body);
		if (typeof body.id !== 'string' || body.id === '') rejectV2Validation('id is required.');
		if (!/^[A-Za-z0-9_-]+$/.test(body.id)) {
			rejectV2Validation("id may contain only letters, digits, '-' and '_'.");
		}
		if (
			store.fieldTransformations.some((entry) => entry.workspace_id === workspace.id && entry.id === body.id)
		) {
			rejectV2Validation(`A field transformation with id ${body.id} already exists.`);
		}
		const now = timestamp();
		const transformation: FieldTransformation = {
			workspace_id: workspace.id,
			id: body.id,
			...checkedContent(body),
			created_on: now,
			created_by: API_USER,
			last_modified_on: now,
			last_modified_by: API_USER,
		};
		store.fieldTransformations.push(transformation);
		store.countCreate(`POST /platform/v2/workspaces/{workspaceId}/${FIELD_TRANSFORMATIONS_PATH_SEGMENT}`);
		return { status: 201, body: present(transformation) };
	});

	router.v2('GET', ONE, ({ client, params }) => ({
		status: 200,
		body: present(find(store, client, params)),
	}));

	router.v2('PUT', ONE, ({ client, params, request }) => {
		const transformation = find(store, client, params);
		const body = v2ObjectBody(request.body);
		if (body.id !== undefined && body.id !== transformation.id) rejectV2Validation('id cannot be changed.');
		Object.assign(transformation, checkedContent(body), {
			last_modified_on: timestamp(),
			last_modified_by: API_USER,
		});
		return { status: 200, body: present(transformation) };
	});

	router.v2('DELETE', ONE, ({ client, params }) => {
		const transformation = find(store, client, params);
		store.fieldTransformations.splice(store.fieldTransformations.indexOf(transformation), 1);
		return noContent();
	});
};

function find(store: Store, client: ApiClient, params: Record<string, string>) {
	const workspace = visibleWorkspace(store, client, params.workspaceId);
	const transformation = store.fieldTransformations.find(
		(entry) => entry.workspace_id === workspace.id && entry.id === params.id,
	);
	if (!transformation) rejectV2NotFound(`Field transformation ${params.id} not found.`);
	return transformation;
}

/** Name, destination type and mappings, checked as mParticle documents them. */
function checkedContent(body: Record<string, unknown>) {
	if (typeof body.name !== 'string' || body.name.trim() === '') rejectV2Validation('name is required.');
	if (body.destination_type !== 'event_batch') rejectV2Validation('destination_type must be event_batch.');
	const mappings = body.mappings;
	if (!Array.isArray(mappings) || mappings.length === 0) {
		rejectV2Validation('mappings must contain at least one mapping.');
	}
	mappings.forEach((mapping: Record<string, unknown>, index) => {
		const needs = NEEDS[String(mapping?.mapping_type)];
		if (!needs) rejectV2Validation(`mappings[${index}]: invalid mapping_type.`);
		for (const field of ['source', 'destination', 'value']) {
			const given = mapping[field] !== undefined && mapping[field] !== null && mapping[field] !== '';
			if (needs.includes(field) && !given) {
				rejectV2Validation(
					`mappings[${index}]: ${field} is required for ${String(mapping.mapping_type)} mappings.`,
				);
			}
			if (!needs.includes(field) && given) {
				rejectV2Validation(
					`mappings[${index}]: ${field} must be null for ${String(mapping.mapping_type)} mappings.`,
				);
			}
		}
	});
	return {
		name: body.name,
		destination_type: body.destination_type,
		mappings: mappings as Array<Record<string, unknown>>,
	};
}

function present(transformation: FieldTransformation) {
	const shown: Partial<FieldTransformation> = { ...transformation };
	delete shown.workspace_id;
	return shown;
}

import { noContent } from '../replies';
import type { RouteModule } from '../router';
import type { CalculatedAttribute, Store, Workspace } from '../store';
import { timestamp } from '../timestamp';
import { rejectV2NotFound, rejectV2Validation, v2ObjectBody, visibleWorkspace } from '../v2';

const BASE = '/workspaces/{workspaceId}/calculatedattributes';
const ONE = `${BASE}/{id}`;
/** Who the emulator records as the author of API changes. */
const API_USER = 'platform-api@emulator';

const CALCULATION_TYPES = [
	'count',
	'first_occurrence_timestamp',
	'last_occurrence_timestamp',
	'first_occurrence',
	'last_occurrence',
	'sum',
	'min',
	'max',
	'average',
	'unique_list',
	'unique_values_count',
	'most_frequent',
];

/**
 * Calculated attributes (Platform API v2): no accountId, the workspace in the path, bare responses,
 * 204 for writes and activation, a bare integer for create.
 */
export const calculatedAttributeRoutes: RouteModule = (router, store) => {
	router.v2('GET', BASE, ({ client, params, request }) => {
		const workspace = visibleWorkspace(store, client, params.workspaceId);
		return { status: 200, body: matching(store, workspace, request.query.name).map(present) };
	});

	router.v2('HEAD', BASE, ({ client, params, request }) => {
		const workspace = visibleWorkspace(store, client, params.workspaceId);
		return { status: matching(store, workspace, request.query.name).length > 0 ? 204 : 404 };
	});

	router.v2('POST', BASE, ({ client, params, request }) => {
		const workspace = visibleWorkspace(store, client, params.workspaceId);
		const body = v2ObjectBody(request.body);
		const name = requireName(body);
		requireUniqueName(store, workspace, name);
		if (body.draft_definition === undefined || body.draft_definition === null) {
			rejectV2Validation('Draft definition is required.');
		}
		const now = timestamp();
		const attribute: CalculatedAttribute = {
			id: store.nextId(),
			workspace_id: workspace.id,
			name,
			description: typeof body.description === 'string' ? body.description : null,
			created_by: API_USER,
			created_on: now,
			last_modified_by: API_USER,
			last_modified_on: now,
			active_definition: null,
			draft_definition: checkedDefinition(body.draft_definition),
			audience_count: 0,
			activated_on: null,
			activated_by: null,
		};
		store.calculatedAttributes.push(attribute);
		store.countCreate('POST /platform/v2/workspaces/{workspaceId}/calculatedattributes');
		return { status: 201, body: attribute.id };
	});

	router.v2('GET', ONE, ({ client, params }) => ({
		status: 200,
		body: present(find(store, client, params)),
	}));

	router.v2('PUT', ONE, ({ client, params, request }) => {
		const attribute = find(store, client, params);
		const body = v2ObjectBody(request.body);
		if (body.name !== undefined) {
			const name = requireName(body);
			if (name !== attribute.name) {
				if (attribute.activated_on) {
					rejectV2Validation(
						'Calculated attribute name cannot be changed once the calculated attribute has been activated.',
					);
				}
				requireUniqueName(store, workspaceOf(store, attribute), name, attribute.id);
			}
		}
		const definition =
			body.draft_definition === undefined ? undefined : checkedDefinition(body.draft_definition);
		if (typeof body.name === 'string') attribute.name = body.name.trim();
		if (body.description !== undefined) attribute.description = (body.description as string | null) ?? null;
		if (definition) attribute.draft_definition = definition;
		attribute.last_modified_by = API_USER;
		attribute.last_modified_on = timestamp();
		return noContent();
	});

	router.v2('DELETE', ONE, ({ client, params }) => {
		const attribute = find(store, client, params);
		store.calculatedAttributes.splice(store.calculatedAttributes.indexOf(attribute), 1);
		store.calculations.delete(attribute.id);
		return noContent();
	});

	router.v2('POST', `${ONE}/activation`, ({ client, params }) => {
		const attribute = find(store, client, params);
		if (!attribute.draft_definition) rejectV2Validation('No draft definition was found to activate.');
		attribute.active_definition = attribute.draft_definition;
		attribute.activated_on = timestamp();
		attribute.activated_by = API_USER;
		store.calculations.set(attribute.id, {
			revision_id: (store.calculations.get(attribute.id)?.revision_id ?? 1) + 1,
			calculation_percent_complete: store.newCalculationPercent,
		});
		return noContent();
	});

	router.v2('GET', `${ONE}/activation`, ({ client, params }) => {
		const attribute = find(store, client, params);
		return {
			status: 200,
			body: {
				calculated_attribute_id: attribute.id,
				is_active: attribute.active_definition !== null,
				activated_on: attribute.activated_on,
				activated_by: attribute.activated_by,
			},
		};
	});

	router.v2('DELETE', `${ONE}/draft`, ({ client, params }) => {
		const attribute = find(store, client, params);
		if (!attribute.draft_definition)
			rejectV2NotFound(`No draft definition found for calculated attribute ${attribute.id}.`);
		attribute.draft_definition = null;
		return noContent();
	});

	router.v2('GET', `${ONE}/calculation`, ({ client, params }) => {
		const attribute = find(store, client, params);
		const active = attribute.active_definition !== null;
		const calculation = active
			? (store.calculations.get(attribute.id) ?? { revision_id: 1, calculation_percent_complete: 100 })
			: { revision_id: 0, calculation_percent_complete: 0 };
		const done = active && calculation.calculation_percent_complete >= 100;
		return {
			status: 200,
			body: {
				id: attribute.id,
				name: attribute.name,
				revision_id: calculation.revision_id,
				is_calculated: done,
				calculation_percent_complete: calculation.calculation_percent_complete,
				estimated_completion_time: active ? attribute.activated_on : null,
			},
		};
	});
};

function matching(store: Store, workspace: Workspace, name: string | undefined) {
	return store.calculatedAttributes.filter(
		(attribute) => attribute.workspace_id === workspace.id && (name === undefined || attribute.name === name),
	);
}

function find(store: Store, client: Parameters<typeof visibleWorkspace>[1], params: Record<string, string>) {
	const workspace = visibleWorkspace(store, client, params.workspaceId);
	const attribute = store.calculatedAttributes.find(
		(candidate) => candidate.workspace_id === workspace.id && String(candidate.id) === params.id,
	);
	if (!attribute) rejectV2NotFound(`Calculated attribute ${params.id} not found.`);
	return attribute;
}

function workspaceOf(store: Store, attribute: CalculatedAttribute) {
	return store.workspaces.find((workspace) => workspace.id === attribute.workspace_id)!;
}

function requireName(body: Record<string, unknown>) {
	if (typeof body.name !== 'string' || body.name.trim() === '') {
		rejectV2Validation('Calculated attribute name is required.');
	}
	return body.name.trim();
}

function requireUniqueName(store: Store, workspace: Workspace, name: string, exceptId?: number) {
	const clash = matching(store, workspace, undefined).some(
		(attribute) => attribute.id !== exceptId && attribute.name.toLowerCase() === name.toLowerCase(),
	);
	if (clash) rejectV2Validation('Calculated attribute name must be unique in the workspace.');
}

/** A few of mParticle's own checks, independent of the node's, so tests see the API refuse what it refuses. */
function checkedDefinition(value: unknown): Record<string, unknown> {
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		rejectV2Validation('Draft definition is required.');
	}
	const definition = value as Record<string, unknown>;
	if (definition.recipe_type !== 'event') rejectV2Validation('Invalid recipe type.');
	const datapoint = definition.datapoint as Record<string, unknown> | undefined;
	if (!datapoint || typeof datapoint !== 'object') rejectV2Validation('Data point is required.');
	if (datapoint.event_type === 'custom_event' && !datapoint.event_name) {
		rejectV2Validation('Custom event name is required for custom events.');
	}
	if (!CALCULATION_TYPES.includes(String(definition.calculation_type))) {
		rejectV2Validation('Invalid calculation type.');
	}
	const timePeriod = (definition.time_period ?? {}) as Record<string, unknown>;
	if (timePeriod.type === 'all') rejectV2Validation("Time period type 'all' is not supported.");
	if (timePeriod.type !== 'since' && timePeriod.type !== 'within')
		rejectV2Validation('Invalid time period type.');
	if (timePeriod.type === 'within' && !['days', 'weeks'].includes(String(timePeriod.within_unit))) {
		rejectV2Validation('Invalid within_unit.');
	}
	return definition;
}

/** The attribute as mParticle shows it (the workspace is only in the path). */
function present(attribute: CalculatedAttribute) {
	const shown: Partial<CalculatedAttribute> = { ...attribute };
	delete shown.workspace_id;
	return shown;
}

import { accepted, arrayBody, envelope, objectBody, rejectNotFound, rejectValidation } from '../replies';
import type { RouteModule } from '../router';
import type { DataPoint, DataPointFilter, DataPointFilterSet, Store } from '../store';
import { timestamp } from '../timestamp';

const DATAPOINT_TYPES = [
	'Event',
	'EventAttribute',
	'UserAttribute',
	'ScreenView',
	'ScreenViewAttribute',
	'Identity',
	'Commerce',
	'CommerceAttribute',
];
const GROUP_TYPES = ['All_User_Attributes', 'All_Workspace_User_Attributes', 'All_Account_User_Attributes'];
const FILTER_TYPES = [...DATAPOINT_TYPES, 'EventType', 'UserIdentity', ...GROUP_TYPES];
const USER_IDENTITIES = [
	'CustomerId',
	'Facebook',
	'Twitter',
	'Google',
	'Microsoft',
	'Yahoo',
	'Email',
	'Other',
];

/**
 * Data points and data point filters (v1, enveloped). `{appId}` must be an app of the account and
 * `{serviceName}` a service of the catalogue. Types are matched without regard to case, as the docs'
 * lowercase examples suggest.
 */
export const dataPointRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/apps/{appId}/datapoints', ({ accountId, params }) => {
		const appId = findApp(store, accountId, params.appId);
		return envelope('datapoint', dataPointsOf(store, appId).map(present));
	});

	router.v1('PUT', '/apps/{appId}/datapoints', ({ accountId, params, request }) => {
		const appId = findApp(store, accountId, params.appId);
		const entries = arrayBody(request.body).map((entry) => checkedEntry(entry, DATAPOINT_TYPES));
		for (const entry of entries) ensureDataPoint(store, appId, entry);
		return accepted();
	});

	router.v1('GET', '/apps/{appId}/{serviceName}', ({ accountId, params }) => {
		const filterSet = filterSetOf(store, findApp(store, accountId, params.appId), params.serviceName);
		return envelope('datapoint', [
			{
				name: filterSet.service_name,
				sendNewDataPointsByDefault: filterSet.sendNewDataPointsByDefault,
				data_type: 'datapoint',
			},
		]);
	});

	router.v1('PUT', '/apps/{appId}/{serviceName}', ({ accountId, params, request }) => {
		const filterSet = filterSetOf(store, findApp(store, accountId, params.appId), params.serviceName);
		const body = objectBody(request.body);
		if (typeof body.sendNewDataPointsByDefault !== 'boolean') {
			rejectValidation('sendNewDataPointsByDefault must be true or false.');
		}
		filterSet.sendNewDataPointsByDefault = body.sendNewDataPointsByDefault;
		return accepted();
	});

	router.v1('GET', '/apps/{appId}/{serviceName}/datapoints', ({ accountId, params }) => {
		const appId = findApp(store, accountId, params.appId);
		const filterSet = filterSetOf(store, appId, params.serviceName);
		const forDataPoints = dataPointsOf(store, appId).map((dataPoint) => ({
			...present(dataPoint),
			enabled: filterSet.filters.find((filter) => sameIdentity(filter, dataPoint))?.enabled ?? true,
		}));
		const groups = filterSet.filters
			.filter((filter) => !DATAPOINT_TYPES.includes(filter.type))
			.map((filter) => ({ ...filter, data_type: 'datapoint' }));
		return envelope('datapoint', [...forDataPoints, ...groups]);
	});

	router.v1('PUT', '/apps/{appId}/{serviceName}/datapoints', ({ accountId, params, request }) => {
		const appId = findApp(store, accountId, params.appId);
		const filterSet = filterSetOf(store, appId, params.serviceName);
		const entries = arrayBody(request.body).map((entry) => {
			const checked = checkedEntry(entry, FILTER_TYPES);
			const enabled = (entry as Record<string, unknown>).enabled;
			if (typeof enabled !== 'boolean') rejectValidation('enabled must be true or false.');
			return { ...checked, enabled } as DataPointFilter;
		});
		for (const entry of entries) {
			// An unknown data point is created, as mParticle documents.
			if (DATAPOINT_TYPES.includes(entry.type)) ensureDataPoint(store, appId, entry);
			const existing = filterSet.filters.find((filter) => sameIdentity(filter, entry));
			if (existing) existing.enabled = entry.enabled;
			else filterSet.filters.push(entry);
		}
		return { status: 200, body: entries.map((entry) => ({ ...entry, data_type: 'datapoint' })) };
	});
};

function findApp(store: Store, accountId: number, id: string) {
	const app = store.apps.find(
		(candidate) => String(candidate.id) === id && candidate.account_id === accountId,
	);
	if (!app) rejectNotFound(`App ${id}`);
	return app.id;
}

function filterSetOf(store: Store, appId: number, serviceName: string): DataPointFilterSet {
	const service = store.services.find(
		(candidate) => candidate.name.toLowerCase() === serviceName.toLowerCase(),
	);
	if (!service) rejectNotFound('Specified service');
	let filterSet = store.dataPointFilterSets.find(
		(candidate) => candidate.app_id === appId && candidate.service_name === service.name,
	);
	if (!filterSet) {
		filterSet = { app_id: appId, service_name: service.name, sendNewDataPointsByDefault: true, filters: [] };
		store.dataPointFilterSets.push(filterSet);
	}
	return filterSet;
}

function dataPointsOf(store: Store, appId: number) {
	return store.dataPoints.filter((dataPoint) => dataPoint.app_id === appId);
}

/** The four fields that identify a data point (a group filter has no name). */
type Identity = Pick<DataPointFilter, 'name' | 'attribute_name' | 'type' | 'event_type'>;

function checkedEntry(value: unknown, allowedTypes: string[]): Identity {
	if (!value || typeof value !== 'object' || Array.isArray(value))
		rejectValidation('Each entry must be an object.');
	const entry = value as Record<string, unknown>;
	const type = allowedTypes.find((candidate) => candidate.toLowerCase() === String(entry.type).toLowerCase());
	if (!type) rejectValidation(`Invalid data point type: ${String(entry.type)}.`);
	const name = typeof entry.name === 'string' ? entry.name : null;
	if (!name && !GROUP_TYPES.includes(type)) rejectValidation('Data point name is required.');
	if (type === 'UserIdentity' && !USER_IDENTITIES.includes(String(name))) {
		rejectValidation(`Invalid user identity: ${String(name)}.`);
	}
	const eventType = typeof entry.event_type === 'string' ? entry.event_type.toLowerCase() : null;
	if ((type === 'Event' || type === 'EventAttribute') && !eventType) {
		rejectValidation('Event type is required for Event and EventAttribute data points.');
	}
	const attributeName = typeof entry.attribute_name === 'string' ? entry.attribute_name : null;
	return { name, attribute_name: attributeName, type, event_type: eventType };
}

function sameIdentity(a: Identity, b: Identity) {
	return (
		a.type.toLowerCase() === b.type.toLowerCase() &&
		a.name === b.name &&
		(a.attribute_name ?? null) === (b.attribute_name ?? null) &&
		(a.event_type ?? null) === (b.event_type ?? null)
	);
}

function ensureDataPoint(store: Store, appId: number, entry: Identity) {
	const known = dataPointsOf(store, appId).some((dataPoint) => sameIdentity(dataPoint, entry));
	if (!known)
		store.dataPoints.push({ app_id: appId, ...entry, name: entry.name ?? '', created_on: timestamp() });
}

function present(dataPoint: DataPoint) {
	const { name, attribute_name, type, event_type, created_on } = dataPoint;
	return { name, attribute_name, type, event_type, data_type: 'datapoint', created_on };
}

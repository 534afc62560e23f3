import { FIELD_TRANSFORMATIONS_PATH_SEGMENT } from '../nodes/shared/mparticle';
import { useHarness } from './helpers';

const h = useHarness();
const fieldTransformation = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleFieldTransformation', parameters: parameters as never });
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

const BASE = `/platform/v2/workspaces/4302/${FIELD_TRANSFORMATIONS_PATH_SEGMENT}`;

const mappingList = {
	mapping: [
		{ mappingType: 'column', source: ' order_id ', destination: 'events[].data.custom_attributes.order_id' },
		{ mappingType: 'static', destination: 'events[].event_type', value: 'custom_event' },
		{ mappingType: 'ignore', source: 'internal_note' },
	],
};
const mappingBody = [
	{ mapping_type: 'column', source: 'order_id', destination: 'events[].data.custom_attributes.order_id' },
	{ mapping_type: 'static', destination: 'events[].event_type', value: 'custom_event' },
	{ mapping_type: 'ignore', source: 'internal_note' },
];

/** Creates a field transformation with the mapping list, then clears the emulator's request log. */
async function createFieldTransformation(fieldTransformationId: string, name: string) {
	const run = await fieldTransformation({
		operation: 'create',
		workspaceId: '4302',
		fieldTransformationId,
		name,
		mappings: mappingList,
	});
	expect(run.error).toBeUndefined();
	h.emulator.reset();
}

describe('mParticle Field Transformation', () => {
	it('uses the inferred path segment "transformations"', () => {
		expect(FIELD_TRANSFORMATIONS_PATH_SEGMENT).toBe('transformations');
	});

	it('Get Many lists the workspace’s field transformations with no accountId', async () => {
		const run = await fieldTransformation({ operation: 'getAll', workspaceId: '4302', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ id: 'orders-to-events', destination_type: 'event_batch' }),
		]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: BASE, query: {} }),
		]);
	});

	it('Create from the mapping list sends id, name, destination_type and only the fields each mapping uses', async () => {
		const run = await fieldTransformation({
			operation: 'create',
			workspaceId: '4302',
			fieldTransformationId: ' web_orders-2 ',
			name: 'Web orders',
			mappingsInput: 'fields',
			mappings: mappingList,
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			expect.objectContaining({ id: 'web_orders-2', name: 'Web orders', mappings: mappingBody }),
		]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({ method: 'POST', path: BASE, query: {} });
		expect(request.body).toEqual({
			id: 'web_orders-2',
			name: 'Web orders',
			destination_type: 'event_batch',
			mappings: mappingBody,
		});
	});

	it('Create from JSON sends the mappings as given', async () => {
		const run = await fieldTransformation({
			operation: 'create',
			workspaceId: '4302',
			fieldTransformationId: 'json_orders',
			name: 'JSON orders',
			mappingsInput: 'json',
			mappingsJson: JSON.stringify(mappingBody),
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].body).toEqual({
			id: 'json_orders',
			name: 'JSON orders',
			destination_type: 'event_batch',
			mappings: mappingBody,
		});
	});

	it('Create with an ID in use fails with the API’s message', async () => {
		const run = await fieldTransformation({
			operation: 'create',
			workspaceId: '4302',
			fieldTransformationId: 'orders-to-events',
			name: 'Again',
			mappings: mappingList,
		});
		expect(run.error?.message).toBe('A field transformation with id orders-to-events already exists.');
		expect(httpCode(run.error)).toBe('422');
	});

	it('Get outputs one field transformation', async () => {
		const run = await fieldTransformation({
			operation: 'get',
			workspaceId: '4302',
			fieldTransformationId: 'orders-to-events',
		});
		expect(run.items).toEqual([
			expect.objectContaining({ id: 'orders-to-events', name: 'Warehouse orders as purchase events' }),
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: `${BASE}/orders-to-events`,
			query: {},
		});
	});

	it('Get of a missing field transformation fails with 404', async () => {
		const run = await fieldTransformation({
			operation: 'get',
			workspaceId: '4302',
			fieldTransformationId: 'nope',
		});
		expect(run.error?.message).toBe('Field transformation nope not found.');
		expect(httpCode(run.error)).toBe('404');
	});

	it('Update replaces the name and the mappings', async () => {
		await createFieldTransformation('to-update', 'Before');
		const run = await fieldTransformation({
			operation: 'update',
			workspaceId: '4302',
			fieldTransformationId: 'to-update',
			name: 'After',
			mappings: { mapping: [{ mappingType: 'ignore', source: 'tmp' }] },
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([expect.objectContaining({ id: 'to-update', name: 'After' })]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'PUT',
			path: `${BASE}/to-update`,
			query: {},
			body: {
				id: 'to-update',
				name: 'After',
				destination_type: 'event_batch',
				mappings: [{ mapping_type: 'ignore', source: 'tmp' }],
			},
		});
	});

	it('Delete removes the field transformation and outputs a success item', async () => {
		await createFieldTransformation('to-delete', 'Short lived');
		const run = await fieldTransformation({
			operation: 'delete',
			workspaceId: '4302',
			fieldTransformationId: 'to-delete',
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'DELETE',
			path: `${BASE}/to-delete`,
			query: {},
		});
		expect(h.emulator.store.fieldTransformations.some((entry) => entry.id === 'to-delete')).toBe(false);
	});
});

describe('mParticle Field Transformation: bad IDs and mappings are refused before any request', () => {
	const create = (fields: Record<string, unknown>) =>
		fieldTransformation({
			operation: 'create',
			workspaceId: '4302',
			fieldTransformationId: 'ok-id',
			name: 'Refused',
			...fields,
		});

	it.each([
		[
			'orders to events',
			'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events (got "orders to events")',
		],
		[
			'orders.v2',
			'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events (got "orders.v2")',
		],
		['={{ "" }}', 'Field Transformation ID is required'],
	])('Field Transformation ID %p', async (fieldTransformationId, message) => {
		const run = await create({ fieldTransformationId, mappings: mappingList });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('an ID with a slash on Get is refused, not sent as another path', async () => {
		const run = await fieldTransformation({
			operation: 'get',
			workspaceId: '4302',
			fieldTransformationId: 'a/b',
		});
		expect(run.error?.message).toBe(
			'Field Transformation ID may contain only letters, digits, - and _, e.g. orders-to-events (got "a/b")',
		);
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each<[string, unknown, string]>([
		['no mappings', { mapping: [] }, 'Mappings: add at least one mapping'],
		[
			'a column mapping without source',
			{
				mapping: [
					{ mappingType: 'ignore', source: 'a' },
					{ mappingType: 'column', destination: 'events[].x' },
				],
			},
			'Mapping 2: Source is required for column mappings',
		],
		[
			'a column mapping without destination',
			{ mapping: [{ mappingType: 'column', source: 'a', destination: ' ' }] },
			'Mapping 1: Destination is required for column mappings',
		],
		[
			'a static mapping without value',
			{ mapping: [{ mappingType: 'static', destination: 'events[].event_type' }] },
			'Mapping 1: Value is required for static mappings',
		],
		[
			'an ignore mapping without source',
			{ mapping: [{ mappingType: 'ignore' }] },
			'Mapping 1: Source is required for ignore mappings',
		],
		[
			'an unknown mapping type from an expression',
			{ mapping: [{ mappingType: '={{ "rename" }}', source: 'a' }] },
			'Mapping 1: Mapping Type must be one of column, ignore, static (got "rename")',
		],
	])('from the list: %s', async (_case, mappings, message) => {
		const run = await create({ mappingsInput: 'fields', mappings });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each<[string, string, string]>([
		['text that is not JSON', '[{', 'Mappings (JSON) is not valid JSON'],
		['an object instead of a list', '{}', 'Mappings (JSON) must be a list of mappings'],
		['an empty list', '[]', 'Mappings (JSON): add at least one mapping'],
		[
			'static with a source',
			'[{"mapping_type":"static","destination":"events[].event_type","value":"x","source":"col"}]',
			'Mappings (JSON): Mapping 1: source must be empty for static mappings',
		],
		[
			'ignore with a destination',
			'[{"mapping_type":"ignore","source":"a","destination":"events[].x"}]',
			'Mappings (JSON): Mapping 1: destination must be empty for ignore mappings',
		],
		[
			'column with a value',
			'[{"mapping_type":"column","source":"a","destination":"events[].x","value":"v"}]',
			'Mappings (JSON): Mapping 1: value must be empty for column mappings',
		],
		[
			'a static value that is not text',
			'[{"mapping_type":"static","destination":"events[].x","value":5}]',
			'Mappings (JSON): Mapping 1: value must be text',
		],
		['a mapping without type', '[{"source":"a"}]', 'Mappings (JSON): Mapping 1: mapping_type is required'],
	])('from JSON: %s', async (_case, mappingsJson, message) => {
		const run = await create({ mappingsInput: 'json', mappingsJson });
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});
});

import type { NodeRun } from '../harness/engine';
import { validDefinition } from './fixtures';
import { useHarness } from './helpers';

const h = useHarness();
const calculatedAttribute = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleCalculatedAttribute', parameters: parameters as never });
const httpCode = (error: unknown) => (error as { httpCode?: string }).httpCode;

const BASE = '/platform/v2/workspaces/4302/calculatedattributes';
/** The parameters of an operation on one calculated attribute of workspace 4302. */
const onAttribute = (operation: string, calculatedAttributeId: string) => ({
	operation,
	workspaceId: '4302',
	calculatedAttributeId,
});

/** The run failed with `message` and nothing was sent, not even a token request. */
async function expectRefused(running: Promise<NodeRun>, message: string) {
	const run = await running;
	expect(run.error?.message).toEqual(message);
	expect(h.emulator.log).toHaveLength(0);
}

/** Creates a calculated attribute with a JSON definition and returns its ID. */
async function createAttribute(name: string) {
	const run = await calculatedAttribute({
		operation: 'create',
		workspaceId: '4302',
		name,
		definitionInput: 'json',
		definitionJson: JSON.stringify(validDefinition()),
	});
	expect(run.error).toBeUndefined();
	h.emulator.reset();
	return String(run.items[0].id);
}

describe('mParticle Calculated Attribute', () => {
	it('Get Many lists the workspace’s calculated attributes with a v2 request and no accountId', async () => {
		const run = await calculatedAttribute({ operation: 'getAll', workspaceId: '4302', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ id: 7101, name: 'Lifetime purchases' }),
				expect.objectContaining({ id: 7102, name: 'Last search' }),
			]),
		);
		expect(run.items[0]).not.toHaveProperty('workspace_id');
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: BASE, query: {} }),
		]);
	});

	it('Get Many sends the Name filter as ?name= and honours Limit', async () => {
		const run = await calculatedAttribute({
			operation: 'getAll',
			workspaceId: '4302',
			name: ' Last search ',
			returnAll: true,
		});
		expect(run.items).toEqual([expect.objectContaining({ id: 7102, name: 'Last search' })]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({ path: BASE, query: { name: 'Last search' } });
		const limited = await calculatedAttribute({ operation: 'getAll', workspaceId: '4302', limit: 1 });
		expect(limited.items).toHaveLength(1);
	});

	it('Exists outputs exists true for mParticle’s 204 and false for its 404', async () => {
		const yes = await calculatedAttribute({
			operation: 'exists',
			workspaceId: '4302',
			name: 'Lifetime purchases',
		});
		expect(yes.error).toBeUndefined();
		expect(yes.items).toEqual([{ exists: true }]);
		const no = await calculatedAttribute({ operation: 'exists', workspaceId: '4302', name: 'No such thing' });
		expect(no.error).toBeUndefined();
		expect(no.items).toEqual([{ exists: false }]);
		expect(h.emulator.apiRequests().map((r) => [r.method, r.path, r.query])).toEqual([
			['HEAD', BASE, { name: 'Lifetime purchases' }],
			['HEAD', BASE, { name: 'No such thing' }],
		]);
	});

	it('Exists fails on any other status, through the shared error handling', async () => {
		h.emulator.fault({ method: 'HEAD', path: BASE, status: 403 });
		const run = await calculatedAttribute({ operation: 'exists', workspaceId: '4302' });
		expect(run.error?.message).toBe('mParticle request failed (HTTP 403)');
		expect(httpCode(run.error)).toBe('403');
		expect(run.error?.description).toContain('Admin permission');
	});

	it('Create from fields sends the documented body with the data point under "datapoint" and outputs the new ID', async () => {
		const run = await calculatedAttribute({
			operation: 'create',
			workspaceId: '4302',
			name: ' Wishlist adds ',
			description: 'Counts wishlist adds',
			definitionInput: 'fields',
			dataPointType: 'event_attribute',
			eventType: 'commerce_event',
			eventName: 'Wishlist',
			commerceEventType: 'add_to_wishlist',
			attributeName: 'price',
			attributeCategory: 'product_attribute',
			useProductQuantity: true,
			conditions: {
				condition: [
					{ attributeName: 'brand', type: 'string', operator: 'in_list', values: 'acme, globex ,' },
					{ attributeName: 'price', type: 'number', operator: 'between', minValue: '10', maxValue: '99' },
					{ attributeName: 'gift', type: 'boolean', operator: 'exists' },
				],
			},
			calculationType: 'average',
			timePeriodType: 'within',
			within: 12,
			withinUnit: 'weeks',
			seedingCutoffDate: '2024-05-01T00:00:00',
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ id: expect.any(Number) }]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({ method: 'POST', path: BASE, query: {} });
		expect(request.body).toEqual({
			name: 'Wishlist adds',
			description: 'Counts wishlist adds',
			draft_definition: {
				recipe_type: 'event',
				datapoint: {
					type: 'event_attribute',
					event_type: 'commerce_event',
					event_name: 'Wishlist',
					custom_event_type: 'add_to_wishlist',
					attribute_name: 'price',
					attribute_category: 'product_attribute',
					use_product_quantity: true,
				},
				conditions: [
					{ type: 'string', operator: 'in_list', attribute_name: 'brand', values: ['acme', 'globex'] },
					{ type: 'number', operator: 'between', attribute_name: 'price', min_value: '10', max_value: '99' },
					{ type: 'boolean', operator: 'exists', attribute_name: 'gift' },
				],
				calculation_type: 'average',
				time_period: { type: 'within', within: 12, within_unit: 'weeks' },
				seeding: { cutoff_date: '2024-05-01T00:00:00' },
			},
		});
		const created = h.emulator.store.calculatedAttributes.find(
			(attribute) => attribute.id === run.items[0].id,
		);
		expect(created?.name).toBe('Wishlist adds');
	});

	it('Create from fields with a Since time period and a custom event type', async () => {
		const run = await calculatedAttribute({
			operation: 'create',
			workspaceId: '4302',
			name: 'Searches since launch',
			eventType: 'custom_event',
			eventName: 'Search',
			customEventType: 'search',
			calculationType: 'count',
			timePeriodType: 'since',
			sinceDate: '2024-01-31T00:00:00',
		});
		expect(run.error).toBeUndefined();
		expect(h.emulator.apiRequests()[0].body).toEqual({
			name: 'Searches since launch',
			draft_definition: {
				recipe_type: 'event',
				datapoint: {
					type: 'event',
					event_type: 'custom_event',
					event_name: 'Search',
					custom_event_type: 'search',
				},
				conditions: [],
				calculation_type: 'count',
				time_period: { type: 'since', date: '2024-01-31T00:00:00' },
			},
		});
	});

	it('Create from JSON sends the definition as given and renames data_point to datapoint', async () => {
		const { datapoint, ...rest } = validDefinition();
		const run = await calculatedAttribute({
			operation: 'create',
			workspaceId: '4302',
			name: 'Wishlist adds (JSON)',
			definitionInput: 'json',
			definitionJson: JSON.stringify({ ...rest, data_point: datapoint }),
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ id: expect.any(Number) }]);
		expect(h.emulator.apiRequests()[0].body).toEqual({
			name: 'Wishlist adds (JSON)',
			draft_definition: { ...rest, datapoint },
		});
	});

	it('Create with a name in use fails with mParticle’s business rule', async () => {
		const run = await calculatedAttribute({
			operation: 'create',
			workspaceId: '4302',
			name: 'Lifetime purchases',
			definitionInput: 'json',
			definitionJson: JSON.stringify(validDefinition()),
		});
		expect(run.error?.message).toBe('Calculated attribute name must be unique in the workspace.');
		expect(httpCode(run.error)).toBe('422');
	});

	it('Get outputs the bare calculated attribute', async () => {
		const run = await calculatedAttribute(onAttribute('get', '7101'));
		expect(run.items).toEqual([
			expect.objectContaining({
				id: 7101,
				name: 'Lifetime purchases',
				active_definition: expect.objectContaining({ calculation_type: 'count' }),
				draft_definition: null,
			}),
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({ method: 'GET', path: `${BASE}/7101`, query: {} });
	});

	it('Get of a missing calculated attribute fails with the 404 message and hint', async () => {
		const run = await calculatedAttribute(onAttribute('get', '999'));
		expect(run.error?.message).toBe('Calculated attribute 999 not found.');
		expect(httpCode(run.error)).toBe('404');
		expect(run.error?.description).toContain('Check the ID');
	});

	it('Update sends name, description and a new draft, and outputs a success item for the 204', async () => {
		const id = await createAttribute('Update me');
		const run = await calculatedAttribute({
			operation: 'update',
			workspaceId: '4302',
			calculatedAttributeId: id,
			updateFields: { name: ' Updated ', description: 'New text' },
			definitionInput: 'fields',
			eventType: 'screen_view',
			calculationType: 'last_occurrence_timestamp',
			timePeriodType: 'within',
			within: 90,
			withinUnit: 'days',
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ success: true }]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({ method: 'PUT', path: `${BASE}/${id}`, query: {} });
		expect(request.body).toEqual({
			name: 'Updated',
			description: 'New text',
			draft_definition: {
				recipe_type: 'event',
				datapoint: { type: 'event', event_type: 'screen_view' },
				conditions: [],
				calculation_type: 'last_occurrence_timestamp',
				time_period: { type: 'within', within: 90, within_unit: 'days' },
			},
		});
		const stored = h.emulator.store.calculatedAttributes.find((attribute) => String(attribute.id) === id);
		expect(stored).toMatchObject({ name: 'Updated', description: 'New text' });
	});

	it('Update with Keep Current Draft sends only the changed fields', async () => {
		const id = await createAttribute('Describe me');
		const run = await calculatedAttribute({
			operation: 'update',
			workspaceId: '4302',
			calculatedAttributeId: id,
			updateFields: { description: 'Only this' },
		});
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0].body).toEqual({ description: 'Only this' });
	});

	it('renaming an activated calculated attribute fails with mParticle’s message', async () => {
		const run = await calculatedAttribute({
			operation: 'update',
			workspaceId: '4302',
			calculatedAttributeId: '7101',
			updateFields: { name: 'Lifetime purchases (renamed)' },
		});
		expect(run.error?.message).toBe(
			'Calculated attribute name cannot be changed once the calculated attribute has been activated.',
		);
		expect(httpCode(run.error)).toBe('422');
	});

	it('Activate posts an empty body to .../activation; Get Activation Status then shows it active', async () => {
		const id = await createAttribute('Activate me');
		const run = await calculatedAttribute(onAttribute('activate', id));
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([{ success: true }]);
		const [request] = h.emulator.apiRequests();
		expect(request).toMatchObject({
			method: 'POST',
			path: `${BASE}/${id}/activation`,
			query: {},
			rawBody: '',
		});

		const status = await calculatedAttribute(onAttribute('getActivationStatus', id));
		expect(status.items).toEqual([
			{
				calculated_attribute_id: Number(id),
				is_active: true,
				activated_on: expect.any(String),
				activated_by: expect.any(String),
			},
		]);
		expect(h.emulator.apiRequests()[1]).toMatchObject({
			method: 'GET',
			path: `${BASE}/${id}/activation`,
			query: {},
		});
	});

	it('Delete Draft discards the draft; activating then fails with mParticle’s message', async () => {
		const id = await createAttribute('Draft only');
		const run = await calculatedAttribute(onAttribute('deleteDraft', id));
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'DELETE',
			path: `${BASE}/${id}/draft`,
			query: {},
		});
		expect(
			h.emulator.store.calculatedAttributes.find((a) => String(a.id) === id)?.draft_definition,
		).toBeNull();

		const activate = await calculatedAttribute(onAttribute('activate', id));
		expect(activate.error?.message).toBe('No draft definition was found to activate.');
		expect(httpCode(activate.error)).toBe('422');
	});

	it('Get Calculation Status outputs the calculation progress', async () => {
		const run = await calculatedAttribute(onAttribute('getCalculationStatus', '7101'));
		expect(run.items).toEqual([
			expect.objectContaining({
				id: 7101,
				name: 'Lifetime purchases',
				is_calculated: true,
				calculation_percent_complete: 100,
			}),
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: `${BASE}/7101/calculation`,
			query: {},
		});
	});

	it('Delete removes the calculated attribute and outputs a success item', async () => {
		const id = await createAttribute('Delete me');
		const run = await calculatedAttribute(onAttribute('delete', id));
		expect(run.items).toEqual([{ success: true }]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({ method: 'DELETE', path: `${BASE}/${id}`, query: {} });
		expect(h.emulator.store.calculatedAttributes.some((a) => String(a.id) === id)).toBe(false);
	});

	it('a workspace outside the credential’s accounts gives a 404', async () => {
		h.emulator.store.workspaces.push({ id: 4999, account_id: 9999, name: 'Elsewhere', created_on: '' });
		try {
			const run = await calculatedAttribute({ operation: 'getAll', workspaceId: '4999' });
			expect(run.error?.message).toBe('Workspace 4999 not found.');
		} finally {
			h.emulator.store.workspaces.pop();
		}
	});
});

describe('mParticle Calculated Attribute: definitions that break a documented rule are refused before any request', () => {
	const fromFields = (fields: Record<string, unknown>) =>
		calculatedAttribute({ operation: 'create', workspaceId: '4302', name: 'Refused', ...fields });
	const fromJson = (definition: unknown) =>
		calculatedAttribute({
			operation: 'create',
			workspaceId: '4302',
			name: 'Refused',
			definitionInput: 'json',
			definitionJson: typeof definition === 'string' ? definition : JSON.stringify(definition),
		});

	it.each<[string, Record<string, unknown>, string]>([
		[
			'a custom event without Event Name',
			{ eventType: 'custom_event', eventName: '' },
			'Event Name is required when Event Type is custom_event',
		],
		[
			'Since without a date',
			{ eventName: 'Search', timePeriodType: 'since', sinceDate: '' },
			'Since Date is required when Time Period Type is since',
		],
		[
			'Since with a date that is not one',
			{ eventName: 'Search', timePeriodType: 'since', sinceDate: 'yesterday' },
			'Since Date must be a date such as 2024-01-31 (got "yesterday")',
		],
		[
			'Within that is not a whole number',
			{ eventName: 'Search', timePeriodType: 'within', within: 1.5 },
			'Within must be a whole number greater than 0 (got 1.5)',
		],
		[
			'an attribute data point without Attribute Name',
			{ eventName: 'Search', dataPointType: 'user_attribute', attributeName: ' ' },
			'Attribute Name is required when Data Point Type is event_attribute or user_attribute',
		],
		[
			'an operator the condition type does not allow',
			{
				eventName: 'Search',
				conditions: {
					condition: [{ attributeName: 'price', type: 'number', operator: 'contains', value: '1' }],
				},
			},
			'Condition 1: Operator "contains" is not allowed for number conditions; use one of between, empty, equals, exists, greater_or_equal, greater_than, in_list, less_than, less_than_or_equal, not_equals, not_exists',
		],
		[
			'In List without values',
			{
				eventName: 'Search',
				conditions: {
					condition: [
						{ attributeName: 'a', type: 'string', operator: 'exists' },
						{ attributeName: 'b', type: 'string', operator: 'in_list', values: ' , ' },
					],
				},
			},
			'Condition 2: Values needs at least one value for operator in_list',
		],
		[
			'Between without Min Value',
			{
				eventName: 'Search',
				conditions: {
					condition: [{ attributeName: 'a', type: 'number', operator: 'between', maxValue: '5' }],
				},
			},
			'Condition 1: Min Value is required for operator between',
		],
		[
			'a condition without Attribute Name',
			{
				eventName: 'Search',
				conditions: { condition: [{ type: 'string', operator: 'equals', value: 'x' }] },
			},
			'Condition 1: Attribute Name is required',
		],
		[
			'an equals condition without Value',
			{
				eventName: 'Search',
				conditions: { condition: [{ attributeName: 'a', type: 'date', operator: 'equals' }] },
			},
			'Condition 1: Value is required for operator equals',
		],
	])('from fields: %s', (_case, fields, message) => expectRefused(fromFields(fields), message));

	const withTimePeriod = (time_period: unknown) => ({ ...validDefinition(), time_period });
	const withDatapoint = (datapoint: unknown) => ({ ...validDefinition(), datapoint });
	const withCondition = (condition: unknown) => ({ ...validDefinition(), conditions: [condition] });

	it.each<[string, unknown, string]>([
		[
			'a list instead of an object',
			'[]',
			'Draft Definition (JSON): give one JSON object, not a list or a single value',
		],
		[
			'within without within_unit',
			withTimePeriod({ type: 'within', within: 30 }),
			'Draft Definition (JSON): time_period.within_unit is required when time_period.type is within',
		],
		[
			'an unknown within_unit',
			withTimePeriod({ type: 'within', within: 30, within_unit: 'months' }),
			'Draft Definition (JSON): time_period.within_unit must be one of days, weeks (got "months")',
		],
		[
			'since without date',
			withTimePeriod({ type: 'since' }),
			'Draft Definition (JSON): time_period.date is required when time_period.type is since',
		],
		[
			'time period type all',
			withTimePeriod({ type: 'all' }),
			'Draft Definition (JSON): time_period.type "all" is not accepted by mParticle; use since or within',
		],
		[
			'no time period',
			{ ...validDefinition(), time_period: undefined },
			'Draft Definition (JSON): time_period is required and must be an object',
		],
		[
			'a custom event without event_name',
			withDatapoint({ type: 'event', event_type: 'custom_event' }),
			'Draft Definition (JSON): datapoint.event_name is required when datapoint.event_type is custom_event',
		],
		[
			'custom_event_type on a screen view',
			withDatapoint({ type: 'event', event_type: 'screen_view', custom_event_type: 'navigation' }),
			'Draft Definition (JSON): datapoint.custom_event_type is only allowed when datapoint.event_type is custom_event or commerce_event (got "screen_view")',
		],
		[
			'an unknown custom_event_type',
			withDatapoint({
				type: 'event',
				event_type: 'custom_event',
				event_name: 'X',
				custom_event_type: 'party',
			}),
			'Draft Definition (JSON): datapoint.custom_event_type must be one of attribution, location, media, navigation, other, search, social, transaction, user_content, user_preference (got "party")',
		],
		[
			'no datapoint',
			{ ...validDefinition(), datapoint: undefined },
			'Draft Definition (JSON): datapoint is required and must be an object',
		],
		[
			'an unknown event_type',
			withDatapoint({ type: 'event', event_type: 'page_view' }),
			expect.stringContaining(
				'Draft Definition (JSON): datapoint.event_type must be one of application_state_transition,',
			) as unknown as string,
		],
		[
			'use_product_quantity without a product category',
			withDatapoint({
				type: 'event_attribute',
				event_type: 'commerce_event',
				attribute_name: 'price',
				use_product_quantity: true,
			}),
			'Draft Definition (JSON): datapoint.use_product_quantity is only allowed when datapoint.attribute_category is product_attribute or promotion_attribute',
		],
		[
			'values with an operator other than in_list',
			withCondition({ type: 'string', operator: 'equals', attribute_name: 'a', value: 'x', values: ['y'] }),
			'Draft Definition (JSON): conditions[0].values is only used with operator in_list; leave it empty for equals',
		],
		[
			'min_value with equals',
			withCondition({ type: 'number', operator: 'equals', attribute_name: 'a', value: '1', min_value: '0' }),
			'Draft Definition (JSON): conditions[0].min_value must be empty for operator equals',
		],
		[
			'value with exists',
			withCondition({ type: 'boolean', operator: 'exists', attribute_name: 'a', value: 'true' }),
			'Draft Definition (JSON): conditions[0].value must be empty for operator exists',
		],
		[
			'a date operator on a string',
			withCondition({ type: 'string', operator: 'before', attribute_name: 'a', value: '2024-01-01' }),
			expect.stringContaining(
				'Draft Definition (JSON): conditions[0].operator "before" is not allowed for string conditions',
			) as unknown as string,
		],
		[
			'in_list values that are not a list',
			withCondition({ type: 'string', operator: 'in_list', attribute_name: 'a', values: 'x,y' }),
			'Draft Definition (JSON): conditions[0].values must be a list for operator in_list',
		],
		[
			'an unknown recipe type',
			{ ...validDefinition(), recipe_type: 'audience' },
			'Draft Definition (JSON): recipe_type must be one of event (got "audience")',
		],
		[
			'seeding without cutoff_date',
			{ ...validDefinition(), seeding: {} },
			'Draft Definition (JSON): seeding.cutoff_date is required',
		],
	])('from JSON: %s', (_case, definition, message) => expectRefused(fromJson(definition), message));

	it.each<[string, Record<string, unknown>, string]>([
		[
			'time period type all, on Update',
			{
				operation: 'update',
				calculatedAttributeId: '7102',
				definitionInput: 'json',
				definitionJson: JSON.stringify(withTimePeriod({ type: 'all' })),
			},
			'Draft Definition (JSON): time_period.type "all" is not accepted by mParticle; use since or within',
		],
		[
			// Digits first: a parseInt-style check would take it for 7.
			'a Calculated Attribute ID that only starts with digits',
			{ operation: 'get', calculatedAttributeId: '7x' },
			'Calculated Attribute ID must be a whole number greater than 0, e.g. 1234 (got "7x")',
		],
		[
			'a new Name of only spaces on Update',
			{ operation: 'update', calculatedAttributeId: '7102', updateFields: { name: '  ' } },
			'Name is required',
		],
	])('%s', (_case, parameters, message) =>
		expectRefused(calculatedAttribute({ workspaceId: '4302', ...parameters }), message),
	);
});

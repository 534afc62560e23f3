import { encodeUserKey } from '../nodes/MParticleUser/userKey';
import { useHarness } from './helpers';

const h = useHarness();
const user = (parameters: Record<string, unknown>) =>
	h.engine.runNode({ type: 'mParticleUser', parameters: parameters as never });

describe('the user key (INFERRED rule: @ → 40, . → 2E)', () => {
	it('matches mParticle’s one documented example', () => {
		expect(encodeUserKey('test@mparticle.com')).toBe('test40mparticle2Ecom');
	});

	it('replaces every @ and . and leaves other characters alone', () => {
		expect(encodeUserKey('jane.m.doe+n8n@mail.acme.co.uk')).toBe('jane2Em2Edoe+n8n40mail2Eacme2Eco2Euk');
	});
});

describe('mParticle User', () => {
	it('Get Many lists the users of the account', async () => {
		const run = await user({ operation: 'getAll', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([
			{ first_name: 'Test', last_name: 'User', email: 'test@mparticle.com', data_type: 'user' },
			{ first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', data_type: 'user' },
		]);
		expect(h.emulator.apiRequests()).toEqual([
			expect.objectContaining({ method: 'GET', path: '/v1/users', query: { accountId: '1001' } }),
		]);
	});

	it('Get Many stops at Limit, and Account ID picks the account', async () => {
		const run = await user({ operation: 'getAll', returnAll: false, limit: 1, accountId: '1002' });
		expect(run.items.map((item) => item.email)).toEqual(['jane.doe@acme.com']);
		expect(h.emulator.apiRequests()[0].query).toEqual({ accountId: '1002' });
	});

	it('Get sends the e-mail as mParticle’s user key', async () => {
		const run = await user({ operation: 'get', email: ' test@mparticle.com ' });
		expect(run.items).toEqual([
			{ first_name: 'Test', last_name: 'User', email: 'test@mparticle.com', data_type: 'user' },
		]);
		expect(h.emulator.apiRequests()[0]).toMatchObject({
			method: 'GET',
			path: '/v1/users/test40mparticle2Ecom',
			query: { accountId: '1001' },
		});
	});

	it('Get takes the e-mail from an expression per item; with Continue On Fail an empty one fails alone', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleUser',
			parameters: { operation: 'get', email: '={{ $json.email }}' },
			items: [{ json: { email: 'jane.doe@acme.com' } }, { json: {} }],
			continueOnFail: true,
		});
		expect(run.items).toEqual([
			expect.objectContaining({ first_name: 'Jane' }),
			{ error: 'Email is required' },
		]);
		expect(h.emulator.apiRequests().map((request) => request.path)).toEqual([
			'/v1/users/jane2Edoe40acme2Ecom',
		]);
	});

	it('Get of a user outside the account fails with 404', async () => {
		const run = await user({ operation: 'get', email: 'ops@acme.com' });
		// Named by the e-mail given; mParticle's own message (with the user key) stays in the description.
		expect(run.error?.message).toBe('No dashboard user of this account has the e-mail ops@acme.com');
		expect(run.error?.description).toContain('User ops40acme2Ecom not found.');
		expect((run.error as { httpCode?: string }).httpCode).toBe('404');
	});

	it.each(['test40mparticle2Ecom', 'jane doe@acme.com', 'jane@acme', '@acme.com', '={{ 42 }}'])(
		'Get refuses %p before any request, naming the field',
		async (email) => {
			const run = await user({ operation: 'get', email });
			const shown = email === '={{ 42 }}' ? '42' : email;
			expect(run.error?.message).toBe(
				`Email must be an e-mail address, e.g. test@mparticle.com (got "${shown}")`,
			);
			expect(h.emulator.log).toHaveLength(0);
		},
	);
});

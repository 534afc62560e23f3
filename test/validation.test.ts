import { useHarness } from './helpers';

const h = useHarness();

describe('bad input fails before any request, naming the field', () => {
	it.each([
		['abc', 'Account ID must be a whole number greater than 0, e.g. 1234 (got "abc")'],
		['-5', 'Account ID must be a whole number greater than 0, e.g. 1234 (got "-5")'],
		['0', 'Account ID must be a whole number greater than 0, e.g. 1234 (got "0")'],
		['12.5', 'Account ID must be a whole number greater than 0, e.g. 1234 (got "12.5")'],
		['99999999999999999999', 'Account ID is too large to be an mParticle ID (got "99999999999999999999")'],
	])('Account ID %p', async (accountId, message) => {
		const run = await h.engine.runNode({
			type: 'mParticleWorkspace',
			parameters: { operation: 'getAll', accountId },
		});
		expect(run.error?.message).toBe(message);
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each(['   ', '={{ "" }}', '={{ $json.missing }}'])('an empty name (%p) on Create', async (name) => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'create', name },
		});
		expect(run.error?.message).toBe('Name is required');
		expect(h.emulator.log).toHaveLength(0);
	});

	it.each([
		['={{ -1 }}', '-1'],
		['={{ 0 }}', '0'],
		['={{ 1.5 }}', '1.5'],
		['={{ "ten" }}', 'ten'],
		['={{ "" }}', ''],
	])('a Limit of %p fails instead of cutting the list wrongly', async (limit, shown) => {
		const run = await h.engine.runNode({
			type: 'mParticleUser',
			parameters: { operation: 'getAll', returnAll: false, limit } as never,
		});
		expect(run.error?.message).toBe(`Limit must be a whole number of 1 or more (got "${shown}")`);
		expect(h.emulator.log).toHaveLength(0);
	});

	it('Limit is not checked when Return All is on', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleUser',
			parameters: { operation: 'getAll', returnAll: true, limit: '={{ -1 }}' } as never,
		});
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(2);
	});

	it('a required field left empty in the editor is caught by n8n itself', async () => {
		await expect(
			h.engine.runNode({ type: 'mParticleAccount', parameters: { operation: 'create', name: '' } }),
		).rejects.toThrow('Parameter "Name" is required');
		expect(h.emulator.log).toHaveLength(0);
	});

	it('an invalid Account ID in the credential names the credential', async () => {
		const stored = h.engine.storedCredential()!;
		h.engine.setCredential({ ...stored, accountId: 'my-account' });
		try {
			const run = await h.engine.runNode({ type: 'mParticleWorkspace', parameters: { operation: 'getAll' } });
			expect(run.error?.message).toBe(
				'Account ID of the mParticle API credential must be a whole number greater than 0, e.g. 1234 (got "my-account")',
			);
			expect(h.emulator.log).toHaveLength(0);
		} finally {
			h.engine.setCredential(stored);
		}
	});

	it('with Continue On Fail, a bad item fails alone and the good ones are sent', async () => {
		const run = await h.engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'get', accountId: '={{ $json.account }}' },
			items: [{ json: { account: '1001' } }, { json: { account: 'x' } }, { json: { account: '1002' } }],
			continueOnFail: true,
		});
		expect(run.items[1]).toEqual({
			error: 'Account ID must be a whole number greater than 0, e.g. 1234 (got "x")',
		});
		expect(run.items[0]).toMatchObject({ id: 1001 });
		expect(run.items[2]).toMatchObject({ id: 1002 });
		expect(
			h.emulator
				.apiRequests()
				.map((request) => request.path)
				.sort(),
		).toEqual(['/v1/accounts/1001', '/v1/accounts/1002']);
	});
});

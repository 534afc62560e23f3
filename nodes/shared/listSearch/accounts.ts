import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { nameWithId, searchResults } from './results';

/**
 * The accounts the credential can see, e.g. "Acme Production (1001)" → 1001. Always asked in the
 * credential's own account, so a wrong Account ID on the node cannot break the list that corrects it.
 */
export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const accounts = await listEntities(this, '/v1/accounts', 'credential');
	return searchResults(
		accounts.map((account) => ({ name: nameWithId(account.name, account.id), value: String(account.id) })),
		filter,
	);
}

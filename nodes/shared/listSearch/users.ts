import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { nameWithId, searchResults } from './results';

/** The dashboard users of the account, by name and e-mail, e.g. "Jane Doe (jane.doe@acme.com)" → the e-mail. */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const users = await listEntities(this, '/v1/users');
	return searchResults(
		users.map((user) => {
			const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');
			return { name: nameWithId(fullName, user.email), value: String(user.email) };
		}),
		filter,
	);
}

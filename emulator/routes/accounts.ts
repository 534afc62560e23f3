import { accepted, envelope, objectBody, rejectNotFound, rejectValidation } from '../replies';
import type { RouteModule } from '../router';
import type { Account, ApiClient, Store } from '../store';
import { timestamp } from '../timestamp';

export const accountRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/accounts', ({ client }) =>
		envelope('account', visibleAccounts(store, client).map(present)),
	);

	router.v1('GET', '/accounts/{id}', ({ client, params }) =>
		envelope('account', [present(findAccount(store, client, params.id))]),
	);

	router.v1('POST', '/accounts', ({ client, request }) => {
		const name = accountName(objectBody(request.body));
		requireUniqueName(store, client, name);
		const now = timestamp();
		const account: Account = { id: store.nextId(), name, created_on: now, last_modified_on: now };
		store.accounts.set(account.id, account);
		client.accountIds.add(account.id);
		store.countCreate('POST /v1/accounts');
		return envelope('account', [present(account)], 201);
	});

	router.v1('PUT', '/accounts/{id}', ({ client, params, request }) => {
		const account = findAccount(store, client, params.id);
		const name = accountName(objectBody(request.body));
		requireUniqueName(store, client, name, account.id);
		account.name = name;
		account.last_modified_on = timestamp();
		return accepted();
	});

	router.v1('DELETE', '/accounts', ({ accountId }) => {
		if (store.apps.some((app) => app.account_id === accountId)) {
			rejectValidation('All applications must be deleted before deleting account.');
		}
		store.accounts.delete(accountId);
		for (const client of store.clients.values()) client.accountIds.delete(accountId);
		return accepted();
	});
};

function visibleAccounts(store: Store, client: ApiClient) {
	return [...store.accounts.values()].filter((account) => client.accountIds.has(account.id));
}

function findAccount(store: Store, client: ApiClient, id: string) {
	const account = store.accounts.get(Number(id));
	if (!account || !client.accountIds.has(account.id)) rejectNotFound(`Account ${id}`);
	return account;
}

function accountName(body: Record<string, unknown>) {
	if (typeof body.name !== 'string' || body.name.trim() === '')
		rejectValidation('Account name not specified.');
	return body.name;
}

function requireUniqueName(store: Store, client: ApiClient, name: string, exceptId?: number) {
	const clash = visibleAccounts(store, client).some(
		(account) => account.id !== exceptId && account.name.toLowerCase() === name.toLowerCase(),
	);
	if (clash) rejectValidation('Account name is not unique.');
}

function present(account: Account) {
	return { ...account, data_type: 'account' };
}

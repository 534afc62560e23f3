import { envelope, rejectNotFound } from '../replies';
import type { RouteModule } from '../router';
import type { User } from '../store';

/**
 * The user key in `/users/{userKey}`: the e-mail with `@` → `40` and `.` → `2E`, inferred from
 * mParticle's one example (test@mparticle.com → test40mparticle2Ecom). The emulator keeps its own copy
 * so tests check what the node sends.
 */
function userKey(email: string) {
	return email.replace(/@/g, '40').replace(/\./g, '2E');
}

export const userRoutes: RouteModule = (router, store) => {
	const usersOf = (accountId: number) => store.users.filter((user) => user.account_ids.includes(accountId));

	router.v1('GET', '/users', ({ accountId }) => envelope('user', usersOf(accountId).map(present)));

	router.v1('GET', '/users/{userKey}', ({ accountId, params }) => {
		const user = usersOf(accountId).find((candidate) => userKey(candidate.email) === params.userKey);
		if (!user) rejectNotFound(`User ${params.userKey}`);
		return envelope('user', [present(user)]);
	});
};

function present({ first_name, last_name, email }: User) {
	return { first_name, last_name, email, data_type: 'user' };
}

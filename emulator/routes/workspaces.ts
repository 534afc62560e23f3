import { envelope } from '../replies';
import type { RouteModule } from '../router';

export const workspaceRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/workspace', ({ accountId }) =>
		envelope(
			'workspace',
			store.workspaces
				.filter((workspace) => workspace.account_id === accountId)
				.map(({ id, name, created_on }) => ({ id: String(id), name, data_type: 'workspace', created_on })),
		),
	);
};

import { accepted, rejectNotFound } from '../replies';
import type { Reply, RouteModule } from '../router';
import type { Audience, Store } from '../store';

/** Audience lists are documented as bare arrays (not the usual envelope). */
function bareArray(data: unknown[]): Reply {
	return { status: 200, body: data };
}

export const audienceRoutes: RouteModule = (router, store) => {
	const activeOf = (accountId: number) =>
		store.audiences.filter((audience) => audience.account_id === accountId && audience.status === 'active');

	router.v1('GET', '/audiences', ({ accountId }) =>
		bareArray(activeOf(accountId).map((audience) => present(store, audience))),
	);

	// Only the single-workspace audiences of that workspace.
	router.v1('GET', '/workspace/{workspaceId}/audiences', ({ accountId, params }) => {
		const workspaceId = Number(params.workspaceId);
		const workspace = store.workspaces.find((candidate) => candidate.id === workspaceId);
		if (!workspace || workspace.account_id !== accountId) rejectNotFound(`Workspace ${params.workspaceId}`);
		return bareArray(
			activeOf(accountId)
				.filter(
					(audience) => audience.workspace_ids.length === 1 && audience.workspace_ids[0] === workspaceId,
				)
				.map((audience) => present(store, audience)),
		);
	});

	router.v1('DELETE', '/audiences/{audienceId}', ({ accountId, params }) => {
		const index = store.audiences.findIndex(
			(audience) => audience.id === Number(params.audienceId) && audience.account_id === accountId,
		);
		if (index < 0) rejectNotFound(`Audience ${params.audienceId}`);
		store.audiences.splice(index, 1);
		return accepted();
	});
};

function present(store: Store, audience: Audience) {
	const {
		id,
		name,
		external_name,
		size,
		status,
		is_calculated,
		created_by,
		last_modified_by,
		last_modified_on,
	} = audience;
	return {
		id,
		name,
		external_name,
		size,
		created_by,
		last_modified_by,
		last_modified_on,
		is_calculated,
		added_last_24_hours: Math.round(size / 100),
		dropped_last_24_hours: Math.round(size / 300),
		status,
		workspaces: audience.workspace_ids.map((workspaceId) => {
			const workspace = store.workspaces.find((candidate) => candidate.id === workspaceId);
			return {
				id: workspaceId,
				name: workspace?.name ?? '',
				data_type: 'workspace',
				created_on: workspace?.created_on ?? '',
			};
		}),
		connected_outputs: audience.connected_outputs.map((output) => ({
			...output,
			data_type: 'audience_output',
		})),
		data_type: 'audience',
	};
}

import type { Watched } from './watched';

export const workspace: Watched = {
	value: 'workspace',
	name: 'Workspace',
	description: 'The workspaces of the account',
	path: '/v1/workspace',
};

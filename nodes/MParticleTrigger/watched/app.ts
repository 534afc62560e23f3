import type { Watched } from './watched';

export const app: Watched = {
	value: 'app',
	name: 'App',
	description: 'The apps of the account, with their platforms (a platform added or removed changes its app)',
	path: '/v1/apps',
};

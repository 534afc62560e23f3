import { requiredCurrentId } from './request';
import { searchList } from './searchList';

/** The platforms of the app chosen in App ID, by OS, e.g. "Android" → Android. */
export const searchPlatforms = searchList(
	(context) =>
		`/v1/apps/${requiredCurrentId(context, { name: 'appId', label: 'App ID', entity: 'app', listOf: 'platforms' })}/platforms`,
	(platform) => ({ name: String(platform.os), value: String(platform.os) }),
);

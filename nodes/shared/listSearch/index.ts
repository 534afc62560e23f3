import { searchAccounts } from './accounts';
import { searchApps } from './apps';
import { searchAudiences } from './audiences';
import { searchCalculatedAttributes } from './calculatedAttributes';
import { searchFeeds } from './feeds';
import { searchFieldTransformations } from './fieldTransformations';
import { searchPlatforms } from './platforms';
import { searchServices } from './services';
import { searchUsers } from './users';
import { searchWorkspaces } from './workspaces';

/**
 * Every dropdown list of the package. A node lists the ones its resource locators name in
 * `methods.listSearch`; a resource locator names one by its key here.
 */
export const listSearchMethods = {
	searchAccounts,
	searchApps,
	searchAudiences,
	searchCalculatedAttributes,
	searchFeeds,
	searchFieldTransformations,
	searchPlatforms,
	searchServices,
	searchUsers,
	searchWorkspaces,
};

export type ListMethod = keyof typeof listSearchMethods;

export {
	searchAccounts,
	searchApps,
	searchAudiences,
	searchCalculatedAttributes,
	searchFeeds,
	searchFieldTransformations,
	searchPlatforms,
	searchServices,
	searchUsers,
	searchWorkspaces,
};

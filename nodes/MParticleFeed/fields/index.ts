import type { INodeProperties } from 'n8n-workflow';
import { numericIdLocator, workspaceLocator } from '../../shared/fields/locators';

/* Fields that operations of several of the node's resources share. */

export const workspaceField: INodeProperties = workspaceLocator(
	'Workspace that holds the feeds: choose it from the account’s workspaces, or enter its numeric ID, e.g. 4302',
);

/**
 * A feed. Its list shows the feeds of the chosen workspace where the operation has a Workspace ID, and
 * the feeds of every workspace where it has none (Get, subscriptions).
 */
function feedLocator(description: string): INodeProperties {
	return numericIdLocator({
		name: 'feedId',
		displayName: 'Feed',
		description,
		searchListMethod: 'searchFeeds',
		listPlaceholder: 'Select a feed...',
		example: '6001',
		dependsOn: ['workspaceId', 'accountId'],
	});
}

export const feedIdField = feedLocator(
	'Partner feed: choose it from the list, or enter its numeric ID, e.g. 6001 (the id field of Feed → Get Many)',
);

/**
 * The feed of a subscription. INFERRED: mParticle's reference names this path placeholder a workspace ID
 * (list) and a module ID (create); the feed ID is the only reading consistent with the paths.
 */
export const subscriptionFeedIdField = feedLocator(
	'Partner feed whose subscriptions these are: choose it from the list, or enter its numeric ID, e.g. 6001.',
);

import { searchList } from './searchList';

/** The active audiences of the account, e.g. "Cart Abandoners (7001)" → 7001. */
export const searchAudiences = searchList('/v1/audiences');

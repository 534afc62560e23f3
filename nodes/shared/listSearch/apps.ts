import { searchList } from './searchList';

/** The apps of the account, e.g. "Acme Shop (3001)" → 3001. */
export const searchApps = searchList('/v1/apps');

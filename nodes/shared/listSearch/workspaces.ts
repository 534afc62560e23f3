import { searchList } from './searchList';

/** The workspaces of the account, e.g. "Web and Mobile (4302)" → 4302. */
export const searchWorkspaces = searchList('/v1/workspace');

import { searchList } from './searchList';

/**
 * The accounts the credential can see, e.g. "Acme Production (1001)" → 1001. Always asked in the
 * credential's own account, so a wrong Account ID on the node cannot break the list that corrects it.
 */
export const searchAccounts = searchList('/v1/accounts', undefined, 'credential');

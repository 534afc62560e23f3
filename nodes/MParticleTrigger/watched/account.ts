import type { Watched } from './watched';

export const account: Watched = {
	value: 'account',
	name: 'Account',
	description: 'The mParticle accounts the credential can see',
	path: '/v1/accounts',
	withoutAccount: true,
};

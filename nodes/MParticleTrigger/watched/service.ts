import type { Watched } from './watched';

export const service: Watched = {
	value: 'service',
	name: 'Service',
	description: 'The services (integrations) mParticle offers to the account, with their settings',
	fingerprintsOnly: true,
	path: '/v1/services',
	idOf: (entity) => String(entity.name),
	label: null,
};

import { searchList } from './searchList';

/** The services (integrations) mParticle offers, by module name, e.g. "Indicative" → Indicative. */
export const searchServices = searchList('/v1/services', (service) => ({
	name: String(service.name),
	value: String(service.name),
}));

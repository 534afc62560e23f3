import { envelope, rejectNotFound } from '../replies';
import type { RouteModule } from '../router';
import type { Service } from '../store';

export const serviceRoutes: RouteModule = (router, store) => {
	router.v1('GET', '/services', () => envelope('service', store.services.map(present)));

	router.v1('GET', '/services/{serviceName}', ({ params }) => {
		const service = store.services.find((candidate) => candidate.name === params.serviceName);
		if (!service) rejectNotFound(`Service ${params.serviceName}`);
		return envelope('service', [present(service)]);
	});
};

/** The service as mParticle's reference shows it: its name and the settings it takes. */
function present(service: Service) {
	return {
		name: service.name,
		settings: service.settings.map(({ name, description, is_required, type }) => ({
			name,
			description,
			is_required,
			type,
		})),
		data_type: 'service',
	};
}

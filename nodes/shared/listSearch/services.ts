import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { listEntities } from './request';
import { searchResults } from './results';

/** The services (integrations) mParticle offers, by module name, e.g. "Indicative" → Indicative. */
export async function searchServices(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const services = await listEntities(this, '/v1/services');
	return searchResults(
		services.map((service) => ({ name: String(service.name), value: String(service.name) })),
		filter,
	);
}

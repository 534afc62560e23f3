import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../../shared/mparticle';
import { readData } from '../../shared/request/read';
import type { WatchEvent } from './compare';
import type { Watch } from './watch';

/**
 * Calculation Finished: asks for the calculation status of each active calculated attribute whose current
 * activation (`activated_on`) has not yet been seen calculated, and reports the ones that now are. `previous`
 * maps IDs to the activation seen finished; without it (the first poll, or the event was just chosen) the
 * finished ones are only recorded. Returns the new record and the events.
 */
export async function calculationEvents(
	context: IPollFunctions,
	watch: Watch,
	listed: IDataObject[],
	previous: Record<string, string> | undefined,
): Promise<{ calculations: Record<string, string>; events: WatchEvent[] }> {
	const calculations = Object.create(null) as Record<string, string>;
	const active = listed.filter(
		(entity) => entity.active_definition !== null && typeof entity.activated_on === 'string',
	);
	const statuses = await Promise.all(
		active.map(async (entity) => {
			const id = String(entity.id);
			const activation = entity.activated_on as string;
			if (previous?.[id] === activation) return { entity, id, activation, finished: true, known: true };
			const status = (await readData(context, {
				baseURL: MPARTICLE_API_BASE_URL,
				url: `${watch.url}/${encodeURIComponent(id)}/calculation`,
			})) as IDataObject;
			const finished = status?.is_calculated === true || Number(status?.calculation_percent_complete) >= 100;
			return { entity, id, activation, finished, known: false, status };
		}),
	);
	const events: WatchEvent[] = [];
	for (const { entity, id, activation, finished, known, status } of statuses) {
		if (!finished) continue;
		calculations[id] = activation;
		if (previous && !known) {
			events.push({
				event: 'calculationFinished',
				resource: watch.watched.value,
				id,
				entity,
				calculation: status,
			});
		}
	}
	return { calculations, events };
}

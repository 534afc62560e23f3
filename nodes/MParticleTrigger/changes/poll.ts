import {
	NodeOperationError,
	type IDataObject,
	type INodeExecutionData,
	type IPollFunctions,
} from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../../shared/mparticle';
import { readList } from '../../shared/request/read';
import { calculationEvents } from './calculations';
import { compare, reader, type WatchEvent } from './compare';
import { recalled, remember } from './memory';
import { watchOf, type Watch } from './watch';

/**
 * The trigger's poll: reads the watched list (with the same request, retries and errors as the operations),
 * compares it with what the previous poll recorded and emits one item per event chosen. The memory is
 * replaced only after every request succeeded, so a failed poll changes nothing and loses nothing.
 * A manual run ("Fetch Test Event") returns one recent entity as a sample and leaves the memory alone.
 */
export async function pollForChanges(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const watch = await watchOf(this);
	const listed = await readList(this, { baseURL: MPARTICLE_API_BASE_URL, url: watch.url, qs: watch.qs });
	if (this.getMode() === 'manual')
		return [this.helpers.returnJsonArray([sampleOf(this, watch, listed) as unknown as IDataObject])];

	const staticData = this.getWorkflowStaticData('node');
	const previous = recalled(staticData, watch.key);
	const { entities, events } = compare(watch, listed, previous?.entities);
	let calculations: Record<string, string> | undefined;
	if (watch.events.includes('calculationFinished')) {
		const finished = await calculationEvents(this, watch, listed, previous?.calculations);
		calculations = finished.calculations;
		events.push(...finished.events);
	}
	remember(staticData, { watching: watch.key, entities, calculations });

	const chosen = events.filter((event) => watch.events.includes(event.event));
	return chosen.length > 0 ? [this.helpers.returnJsonArray(chosen as unknown as IDataObject[])] : null;
}

/** The most recently changed (or created) entity, as an item of the first chosen event. */
function sampleOf(context: IPollFunctions, watch: Watch, listed: IDataObject[]): WatchEvent {
	const when = (entity: IDataObject) => String(entity.last_modified_on ?? entity.created_on ?? '');
	const entity = listed.reduce<IDataObject | undefined>(
		(latest, candidate) => (latest === undefined || when(candidate) >= when(latest) ? candidate : latest),
		undefined,
	);
	if (!entity) {
		throw new NodeOperationError(
			context.getNode(),
			`There is no ${watch.watched.name.toLowerCase()} to show as an example: mParticle listed none here`,
			{ description: 'Create one in mParticle (or watch another list), then fetch a test event again.' },
		);
	}
	return { event: watch.events[0], resource: watch.watched.value, id: reader(watch).idOf(entity), entity };
}

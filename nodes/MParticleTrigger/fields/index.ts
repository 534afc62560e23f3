import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { accountLocator } from '../../shared/fields/locators';
import { watchedResources, type Watched } from '../watched';

const EVENTS: INodePropertyOptions[] = [
	{ name: 'Created', value: 'created', description: 'An entity appeared in the list' },
	{
		name: 'Changed',
		value: 'changed',
		description:
			'A watched field of an entity has another value (counts such as an audience’s size are not watched unless listed under Fields)',
	},
	{ name: 'Deleted', value: 'deleted', description: 'An entity is gone from the list' },
];

/** Watches of v1 lists, which are read in an account, other than the list of accounts itself. */
const inAccount = (watched: Watched) => {
	const path = typeof watched.path === 'string' ? watched.path : watched.path(() => '');
	return path.startsWith('/v1/') && !watched.withoutAccount;
};

function shownFor(field: INodeProperties, watches: Watched[]): INodeProperties {
	return { ...field, displayOptions: { show: { resource: watches.map((watched) => watched.value) } } };
}

/** The Events selector of the watches that have exactly `events`. */
function eventsField(watches: Watched[], events: INodePropertyOptions[]): INodeProperties {
	return shownFor(
		{
			displayName: 'Events',
			name: 'events',
			type: 'multiOptions',
			required: true,
			options: events,
			default: ['created', 'changed', 'deleted'],
			description: 'What starts the workflow: one item per event',
		},
		watches,
	);
}

/** The trigger's parameters: what to watch, the events, where (workspace, app, account) and the options. */
export function triggerProperties(): INodeProperties[] {
	const sorted = [...watchedResources].sort((a, b) => a.name.localeCompare(b.name));
	const plain = sorted.filter((watched) => !watched.events);
	return [
		{
			displayName: 'Watch',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: sorted.map(({ name, value, description }) => ({ name, value, description })),
			default: 'audience',
			description: 'Which mParticle configuration to watch for changes',
		},
		eventsField(plain, EVENTS),
		...sorted
			.filter((watched) => watched.events)
			.map((watched) => eventsField([watched], [...EVENTS, ...(watched.events ?? [])])),
		...sorted.flatMap((watched) => (watched.fields ?? []).map((field) => shownFor(field, [watched]))),
		shownFor(
			accountLocator(
				'Account whose configuration to watch: choose one of the accounts the credential can see, or enter its numeric ID (e.g. 1001). Leave empty to use the Account ID of the credential.',
			),
			sorted.filter(inAccount),
		),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			description: 'Settings that narrow what counts as a change',
			options: [
				{
					displayName: 'Fields',
					name: 'fields',
					type: 'string',
					default: '',
					placeholder: 'e.g. name, status',
					description:
						'Watch only these fields of each entity (names as mParticle returns them, separated by commas): Changed then fires only when one of them changes, and each change shows the value before and after',
				},
			],
		},
	];
}

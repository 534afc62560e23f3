import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** One kind of mParticle configuration the trigger can watch: where its list is and how to tell entities apart. */
export interface Watched {
	/** The Watch selector's value, and the `resource` of every item this watch emits. */
	value: string;
	name: string;
	description: string;
	/**
	 * The list to read, with `{parameterName}` placeholders as in operations' paths; a function of the fields'
	 * values when a field chooses the list (e.g. an account's audiences or one workspace's).
	 */
	path: string | ((value: (name: string) => string) => string);
	/** The list is the same in every account (the accounts the credential can see): no Account field. */
	withoutAccount?: boolean;
	/** Fields that choose what is watched (the workspace, the app), shown for this watch only. */
	fields?: INodeProperties[];
	/** The entity's identity within the list; default its `id`. */
	idOf?: (entity: IDataObject) => string;
	/** The field remembered to name an entity after it is deleted; default `name`; none when the ID is the name. */
	label?: string | null;
	/**
	 * For lists that can hold tens of thousands of entities: remember only each entity's fingerprint and name,
	 * not its values, unless fields are chosen (so a change says which fields changed only for those).
	 */
	fingerprintsOnly?: boolean;
	/** Fields that change without anyone changing configuration (counts): ignored unless chosen by name. */
	counters?: string[];
	/** Fields whose values the trigger always remembers, because an event of this watch compares them. */
	remembered?: string[];
	/** Events of this watch besides created, changed and deleted. */
	events?: INodePropertyOptions[];
}

/** The only destination type mParticle documents for a field transformation. */
export const DESTINATION_TYPE = 'event_batch';

/** What a mapping does: map a source column, set a constant, or drop a source column. */
export const MAPPING_TYPES = ['column', 'ignore', 'static'] as const;

/** Which mapping fields each mapping type needs; the others must be empty. */
export const MAPPING_FIELDS_BY_TYPE: Record<string, ReadonlyArray<'source' | 'destination' | 'value'>> = {
	column: ['source', 'destination'],
	static: ['destination', 'value'],
	ignore: ['source'],
};

import { PLATFORM_OS } from '../shared/descriptions';

/** Operating systems a feed can be attributed to: the app platforms plus Unknown. */
export const FEED_OS = [...PLATFORM_OS, 'Unknown'] as const;

import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { PLATFORM_OS } from '../shared/descriptions';
import { checkOneOf, checkRequired } from '../shared/validate';

const OS_LIST = PLATFORM_OS.join(', ');

/** The OS as mParticle spells it in its list of values (iOS, tvOS, Android, …), whatever the case it was given in. */
export function canonicalOs(context: IExecuteSingleFunctions, value: string, label: string): string {
	const os = checkRequired(context, value.trim(), label);
	return (
		PLATFORM_OS.find((known) => known.toLowerCase() === os.toLowerCase()) ??
		checkOneOf(context, os, PLATFORM_OS, label)
	);
}

/**
 * The OS as it goes into a platform's path or create body: lowercase, as in mParticle's examples
 * (`/apps/1/platforms/ios`, `{"os": "android"}`).
 */
export function osForPlatformRequest(context: IExecuteSingleFunctions, value: string, label: string): string {
	return canonicalOs(context, value, label).toLowerCase();
}

/** The OS values as options, alphabetically. */
export const OS_OPTIONS = [...PLATFORM_OS]
	.sort((a, b) => a.localeCompare(b))
	.map((os) => ({ name: os, value: os }));

/** The OS of an existing platform; it goes into the path lowercase. */
export const osField: INodeProperties = {
	displayName: 'OS',
	name: 'os',
	type: 'options',
	required: true,
	options: OS_OPTIONS,
	default: 'iOS',
	description: `Operating system of the platform, one of ${OS_LIST}. Each app has at most one platform per OS.`,
};

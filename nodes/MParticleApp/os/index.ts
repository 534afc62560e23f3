import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { PLATFORM_OS } from '../../shared/mparticle';
import { resourceLocator } from '../../shared/fields/locators';
import { checkOneOf, checkRequired } from '../../shared/checks';

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

/** A pattern that matches one of the OS values in any case, e.g. iOS, ios or IOS (n8n anchors it). */
const ANY_CASE_OS_PATTERN = `(${PLATFORM_OS.map((os) =>
	[...os].map((letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`).join(''),
).join('|')})`;

/** The OS of a new platform (Platform → Create): one of the values mParticle accepts. */
export const newPlatformOsField: INodeProperties = {
	displayName: 'OS',
	name: 'os',
	type: 'options',
	required: true,
	options: OS_OPTIONS,
	default: 'iOS',
	description: `Operating system of the new platform, one of ${OS_LIST}. Each app has at most one platform per OS; mParticle refuses a second platform for the same OS.`,
};

/**
 * The OS of an existing platform of the app in App ID: chosen from that app's platforms or typed in.
 * It goes into the path lowercase. The default stays iOS, as when this was a plain list of OS values, so
 * workflows saved without an OS (which n8n stores when a value equals the default) still mean iOS.
 */
export const osField: INodeProperties = resourceLocator({
	name: 'os',
	displayName: 'Platform',
	label: 'OS',
	description: `Platform of the app, by its operating system: choose one of the app’s platforms, or enter the OS (${OS_LIST}; any case). Each app has at most one platform per OS.`,
	searchListMethod: 'searchPlatforms',
	listPlaceholder: 'Select a platform of the app...',
	idDisplayName: 'By OS',
	idPlaceholder: 'e.g. iOS',
	idPattern: { regex: ANY_CASE_OS_PATTERN, errorMessage: `OS must be one of ${OS_LIST}` },
	defaultValue: 'iOS',
	dependsOn: ['appId', 'accountId'],
});

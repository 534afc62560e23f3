import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { inputError } from '../checks';

/** One `{name, value}` pair, the shape mParticle uses for feed, subscription and service settings. */
interface Setting {
	name: string;
	value: string | null;
}

interface SettingsParameter {
	setting?: Array<{ name?: unknown; value?: unknown }>;
}

function asText(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

/**
 * The settings list as mParticle expects it. Names are trimmed and required, and a name may appear only
 * once; values are sent as text (objects as JSON text, as mParticle's Custom settings expect).
 */
function readSettings(context: IExecuteSingleFunctions, parameterName = 'settings'): Setting[] {
	const entries = (context.getNodeParameter(parameterName, {}) as SettingsParameter).setting ?? [];
	const seen = new Set<string>();
	return entries.map((entry, index) => {
		const name = asText(entry.name).trim();
		if (name === '') throw inputError(context, `Setting ${index + 1}: Name is required`);
		if (seen.has(name)) throw inputError(context, `Setting ${index + 1}: Name "${name}" is given twice`);
		seen.add(name);
		return { name, value: asText(entry.value) };
	});
}

/**
 * A list of name/value settings, sent as the body property `settings`.
 * With `sendWhenEmpty` false, an empty list sends nothing instead of `[]`.
 */
export function settingsField(options: {
	description: string;
	sendWhenEmpty?: boolean;
	name?: string;
	displayName?: string;
}): INodeProperties {
	const name = options.name ?? 'settings';
	return {
		displayName: options.displayName ?? 'Settings',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Setting',
		default: {},
		description: options.description,
		options: [
			{
				displayName: 'Setting',
				name: 'setting',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. apiKey',
						description: 'Name of the setting exactly as mParticle spells it',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Value of the setting, as text. Settings of type Custom take JSON text.',
					},
				],
			},
		],
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
						const settings = readSettings(this, name);
						if (settings.length === 0 && options.sendWhenEmpty === false) return request;
						request.body = { ...(request.body as object), settings };
						return request;
					},
				],
			},
		},
	};
}

/**
 * The settings an object has now with the given ones over them, by name: a given setting replaces the one of
 * its name where it was, a new name is added at the end, and every other setting keeps its value.
 */
export function settingsMergedByName(current: unknown, given: unknown): unknown[] {
	const now = Array.isArray(current) ? (current as Setting[]) : [];
	const changes = Array.isArray(given) ? (given as Setting[]) : [];
	const byName = new Map(changes.map((setting) => [setting.name, setting]));
	const kept = now.map((setting) => byName.get(setting.name) ?? setting);
	const added = changes.filter((setting) => !now.some((existing) => existing.name === setting.name));
	return [...kept, ...added];
}

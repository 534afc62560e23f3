import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { checkPositiveInteger, inputError, textParameter } from '../../shared/checks';
import { messageLabel } from '../../shared/fields/locators';
import { CREDENTIAL_TYPE } from '../../shared/mparticle';
import { watchedResources, type Watched } from '../watched';

/** What one poll watches, read from the node's fields and checked before any request is sent. */
export interface Watch {
	watched: Watched;
	events: string[];
	/** The list's path with its placeholders filled, and its query (the Account field's account, when set). */
	url: string;
	qs: IDataObject;
	/** The fields chosen under Fields; empty when every field but counts is watched. */
	fields: string[];
	/** Names what is watched, so that the trigger knows when the node was set to watch something else. */
	key: string;
}

/** The names listed under Fields, e.g. "name, status": each one a plain field name. */
function chosenFields(context: IPollFunctions): string[] {
	const listed = String(context.getNodeParameter('options.fields', '') ?? '');
	const names = listed
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	return [...new Set(names)];
}

export async function watchOf(context: IPollFunctions): Promise<Watch> {
	const resource = context.getNodeParameter('resource') as string;
	const watched = watchedResources.find((candidate) => candidate.value === resource);
	if (!watched) throw inputError(context, `Watch cannot be "${resource}": choose one of the listed kinds`);
	const events = context.getNodeParameter('events', []) as string[];
	if (events.length === 0)
		throw inputError(context, 'Events is empty: choose at least one event to watch for');

	const labels = new Map((watched.fields ?? []).map((field) => [field.name, messageLabel(field)]));
	const value = (name: string) => textParameter(context, name);
	const template = typeof watched.path === 'string' ? watched.path : watched.path(value);
	const url = template.replace(/\{(\w+)\}/g, (_, name: string) =>
		encodeURIComponent(checkPositiveInteger(context, value(name), labels.get(name) ?? name)),
	);
	const qs: IDataObject = {};
	let account = '';
	if (url.startsWith('/v1/')) {
		const override = watched.withoutAccount ? '' : value('accountId');
		if (override !== '') qs.accountId = checkPositiveInteger(context, override, 'Account ID');
		// The credential's account is the default: its records stay apart from another account's.
		account = override || String((await context.getCredentials(CREDENTIAL_TYPE)).accountId ?? '').trim();
	}
	const fields = chosenFields(context);
	return { watched, events, url, qs, fields, key: JSON.stringify([resource, account, url, fields]) };
}

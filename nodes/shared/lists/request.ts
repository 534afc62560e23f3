import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../mparticle';
import { readList } from '../request/read';
import { checkPositiveInteger, inputError } from '../checks';

/**
 * Where a v1 list takes its `?accountId=` from: `node` = the node's Account ID when it is set, else the
 * credential's (the account the operation will run in); `credential` = always the credential's.
 */
export type AccountSource = 'node' | 'credential';

/**
 * The current text of another field of the node, as the editor holds it (a resource locator gives its value);
 * '' when it is empty or not on the node. An expression cannot be resolved while a list is being chosen
 * from, so it fails with a message that says what to do instead.
 */
export function currentValue(context: ILoadOptionsFunctions, name: string, label: string): string {
	const raw = context.getCurrentNodeParameter(name);
	if (raw === undefined || raw === null || raw === '') return '';
	const value = context.getCurrentNodeParameter(name, { extractValue: true });
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (text.startsWith('=')) {
		throw inputError(
			context,
			`${label} is an expression, which is only known when the workflow runs`,
			`To choose from this list, give ${label} a fixed value first, or type this field’s value by hand (its By ID, By Name, By OS or By Email mode) instead of choosing it.`,
		);
	}
	return text;
}

interface NeededField {
	name: string;
	label: string;
	/** Word the message when it is empty: "This list shows the <listOf> of the chosen <entity>." */
	entity: string;
	listOf: string;
}

/** What another field holds, which this list needs, e.g. the module whose configurations to list. */
export function requiredCurrentText(context: ILoadOptionsFunctions, field: NeededField, todo = 'fill it in') {
	const value = currentValue(context, field.name, field.label);
	if (value === '') {
		throw inputError(
			context,
			`${field.label} is empty: ${todo} first`,
			`This list shows the ${field.listOf} of the chosen ${field.entity}.`,
		);
	}
	return value;
}

/** The numeric ID another field holds, which this list needs, e.g. the app whose platforms to list. */
export function requiredCurrentId(context: ILoadOptionsFunctions, field: NeededField) {
	return checkPositiveInteger(context, requiredCurrentText(context, field, 'choose it'), field.label);
}

/** The node's Account ID when the list follows it; otherwise none, and the credential adds its own account. */
function accountOverride(context: ILoadOptionsFunctions, source: AccountSource) {
	const override = source === 'node' ? currentValue(context, 'accountId', 'Account ID') : '';
	return override === '' ? undefined : checkPositiveInteger(context, override, 'Account ID');
}

/**
 * The one request of the dropdown lists: GET `path` with the credential (token and base URL as in
 * operations), `?accountId=` on v1 paths, the same safe retries and the same response handling as the
 * operations (mParticle's envelope or bare list; mParticle's own message on failure). Returns the entities.
 */
export async function listEntities(
	context: ILoadOptionsFunctions,
	path: string,
	accountSource: AccountSource = 'node',
): Promise<IDataObject[]> {
	const accountId = path.startsWith('/v1/') ? accountOverride(context, accountSource) : undefined;
	const qs: IDataObject = accountId === undefined ? {} : { accountId };
	return await readList(context, { baseURL: MPARTICLE_API_BASE_URL, url: path, qs });
}

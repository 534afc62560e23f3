import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { inputError, type Check } from '../checks';
import { MPARTICLE_API_BASE_URL } from '../mparticle';
import { fillPath } from './prepare';
import { readData } from './read';

/*
 * For operations whose mParticle PUT replaces the whole object: the fields put only what the user set in
 * the body; this step reads the object as it is now and sends it back with those changes, so everything
 * the user did not set keeps its value.
 */

export interface CurrentObject {
	/** What the object is called in messages, e.g. "feed". */
	noun: string;
	/** The GET of the object, with the operation's `{parameter}` placeholders, e.g. `/v1/partnerfeeds/{feedId}`. */
	path: string;
	/** Checks of placeholders that need more than "not empty" (as the operation's own `pathChecks`). */
	pathChecks?: Record<string, Check>;
	/** The fields mParticle's PUT takes, taken from the object as read. */
	writable: (current: IDataObject) => IDataObject;
	/** The user's changes over the current fields; by default each field given replaces the current one. */
	merge?: (current: IDataObject, changes: IDataObject) => IDataObject;
	/** The refusal when the user set nothing, naming the fields to fill in. */
	nothingToChange: string;
}

/** Added to the description of a failed read: nothing was sent to change the object. */
const READ_FAILED = (noun: string) =>
	`The node reads the current ${noun} before it sends the update; that read failed, so nothing was changed.`;

/** The request settings of the operation that the read must share: where it goes, its timeout, proxy and TLS. */
function sharedSettings(request: IHttpRequestOptions): Partial<IHttpRequestOptions> {
	const { baseURL, timeout, proxy, skipSslCertificateValidation } = request;
	return {
		baseURL: baseURL ?? MPARTICLE_API_BASE_URL,
		...(timeout === undefined ? {} : { timeout }),
		...(proxy === undefined ? {} : { proxy }),
		...(skipSslCertificateValidation === undefined ? {} : { skipSslCertificateValidation }),
	};
}

/**
 * GETs the object with the operation's credential and account (the `?accountId=` the operation carries, or
 * the credential's), with the same safe retries and response handling as every request.
 */
async function readCurrent(
	context: IExecuteSingleFunctions,
	object: CurrentObject,
	request: IHttpRequestOptions,
): Promise<IDataObject> {
	const { url } = await fillPath({}, object.pathChecks).call(context, { url: object.path });
	const accountId = (request.qs as IDataObject | undefined)?.accountId;
	try {
		const data = await readData(context, {
			...sharedSettings(request),
			url,
			qs: url.startsWith('/v1/') && accountId !== undefined ? { accountId } : {},
		});
		const current = Array.isArray(data) ? data[0] : data;
		if (current && typeof current === 'object') return current as IDataObject;
		throw inputError(context, `mParticle returned no ${object.noun} to update`);
	} catch (error) {
		const failure = error as { description?: string | null };
		failure.description = [failure.description, READ_FAILED(object.noun)].filter(Boolean).join('\n');
		throw failure;
	}
}

/** Each field the user gave replaces the current one. */
function fieldByField(current: IDataObject, changes: IDataObject): IDataObject {
	return { ...current, ...changes };
}

/**
 * A request step that sends the object as it is now with the user's changes over it. It must run after
 * every field's own steps (an operation's `afterFields`): then each input is checked, so bad input still
 * fails before any request, and the body holds exactly what the user set.
 */
export function keepingCurrentFields(object: CurrentObject): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const changes = (request.body ?? {}) as IDataObject;
		if (Object.keys(changes).length === 0) throw inputError(this, object.nothingToChange);
		const current = object.writable(await readCurrent(this, object, request));
		request.body = (object.merge ?? fieldByField)(current, changes);
		return request;
	};
}

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { mParticleApiError, type ErrorContext, type MParticleErrorEntry } from './errors';

/** Reads Retry-After (seconds or an HTTP date) from response headers. */
function retryAfterSeconds(headers: Record<string, unknown> | undefined): number | undefined {
	const value = headers?.['retry-after'] ?? headers?.['Retry-After'];
	if (value === undefined || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Empty 202/204 bodies (writes mParticle acknowledges without data) become this one item. */
const SUCCESS_ITEM = { success: true };

/** Statuses with which mParticle acknowledges a write without a body: Created, Accepted, No Content. */
const ACKNOWLEDGED_WITHOUT_BODY = [201, 202, 204];

export function parseBody(body: unknown): { value: unknown; unreadable?: string } {
	if (body === undefined || body === null || body === '') return { value: undefined };
	if (typeof body !== 'string') return { value: body };
	try {
		return { value: JSON.parse(body) };
	} catch {
		return { value: undefined, unreadable: body };
	}
}

export function errorsOf(body: unknown): MParticleErrorEntry[] {
	const errors = (body as { errors?: unknown } | undefined)?.errors;
	if (!Array.isArray(errors)) return [];
	return errors.map((error) =>
		error && typeof error === 'object' ? (error as MParticleErrorEntry) : { message: String(error) },
	);
}

/** `{data, dataType|data_type, errors}` is mParticle's envelope; anything else is a bare value. */
function isEnvelope(body: unknown): body is { data: unknown } {
	return (
		typeof body === 'object' &&
		body !== null &&
		!Array.isArray(body) &&
		'data' in body &&
		('dataType' in body || 'data_type' in body || 'errors' in body)
	);
}

function toItem(entity: unknown): INodeExecutionData {
	if (entity && typeof entity === 'object' && !Array.isArray(entity)) return { json: entity as IDataObject };
	return { json: { value: entity as IDataObject[keyof IDataObject] } };
}

/** A short, safe excerpt of a body that is not JSON (an HTML error page, a cut-off response). */
function excerpt(text: string) {
	const flat = text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/**
 * Checks one mParticle response and returns what it carries: the envelope's `data`, or the bare body
 * (mParticle mixes both), or undefined for an acknowledged empty write. Fails on HTTP errors and on 2xx
 * bodies that carry `errors`, with mParticle's own message. Operations and dropdown lists both use it.
 */
export function responseData(context: ErrorContext, response: IN8nHttpFullResponse): unknown {
	const status = response.statusCode;
	const { value: body, unreadable } = parseBody(response.body);
	const errors = errorsOf(body);
	if (status >= 400 || errors.length > 0) {
		const detail = unreadable === undefined ? undefined : `Response was not JSON: ${excerpt(unreadable)}`;
		const error = mParticleApiError(context, status, errors, body ?? unreadable, { detail });
		const retryAfter = retryAfterSeconds(response.headers);
		if (retryAfter !== undefined) error.context.retryAfterSeconds = retryAfter;
		throw error;
	}
	if (unreadable !== undefined) {
		throw mParticleApiError(context, status, [], unreadable, {
			message: `mParticle sent a response that is not valid JSON (HTTP ${status})`,
			detail: `Response starts with: ${excerpt(unreadable)}`,
		});
	}
	if (body === undefined && !ACKNOWLEDGED_WITHOUT_BODY.includes(status)) {
		throw mParticleApiError(context, status, [], body, {
			message: `mParticle sent an empty response where data was expected (HTTP ${status})`,
		});
	}
	return isEnvelope(body) ? body.data : body;
}

/**
 * The one response handler of every operation: fails as responseData does, and otherwise returns one
 * item per entity, whatever shape mParticle used.
 */
export async function unpackResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = responseData(this, response);
	if (data === undefined || data === null) return [{ json: { ...SUCCESS_ITEM } }];
	if (Array.isArray(data)) return data.map(toItem);
	return [toItem(data)];
}

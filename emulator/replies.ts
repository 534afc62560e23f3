import type { Reply } from './router';

export function envelope(dataType: string, data: unknown[], status = 200): Reply {
	return { status, body: { data, dataType, errors: null } };
}

export function accepted(): Reply {
	return { status: 202 };
}

export function noContent(): Reply {
	return { status: 204 };
}

export function failure(status: number, message: string, code = codeFor(status)): Reply {
	return { status, body: { data: null, dataType: null, errors: [{ code, message }] } };
}

export function validationError(message: string): Reply {
	return failure(422, message, 'VALIDATION_ERROR');
}

export function notFound(what: string): Reply {
	return failure(404, `${what} not found.`, 'NOT_FOUND');
}

function codeFor(status: number) {
	const codes: Record<number, string> = {
		400: 'BAD_REQUEST',
		401: 'UNAUTHORIZED',
		403: 'FORBIDDEN',
		404: 'NOT_FOUND',
		405: 'METHOD_NOT_ALLOWED',
		422: 'VALIDATION_ERROR',
		429: 'TOO_MANY_REQUESTS',
	};
	return codes[status] ?? 'INTERNAL_SERVER_ERROR';
}

/** Thrown by route code to answer with an error; the server turns it into the reply. */
export class Rejection {
	constructor(readonly reply: Reply) {}
}

export function reject(status: number, message: string, code?: string): never {
	throw new Rejection(failure(status, message, code));
}

export function rejectNotFound(what: string): never {
	throw new Rejection(notFound(what));
}

export function rejectValidation(message: string): never {
	throw new Rejection(validationError(message));
}

/** The request body as a JSON object, or a 422 naming the problem. */
export function objectBody(body: unknown): Record<string, unknown> {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
	return rejectValidation('Request body must be a JSON object.');
}

/** The request body as a JSON array, or a 422 naming the problem. */
export function arrayBody(body: unknown): unknown[] {
	if (Array.isArray(body)) return body;
	return rejectValidation('Request body must be a JSON array.');
}

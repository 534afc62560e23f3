import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IPollFunctions,
	type IHttpRequestOptions,
	type PreSendAction,
} from 'n8n-workflow';
import type { ErrorContext } from './request/errors';

/** Thrown before any request when an input is wrong; the message names the field. */
export function inputError(context: ErrorContext, message: string, description?: string) {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex?.(),
		description,
	});
}

/** Reads a parameter as text: resource locators give their value; numbers become strings; whitespace is trimmed. */
export function textParameter(
	context: Pick<IExecuteSingleFunctions | IPollFunctions, 'getNodeParameter'>,
	name: string,
): string {
	const value = context.getNodeParameter(name, '', { extractValue: true });
	if (value === undefined || value === null) return '';
	return (typeof value === 'object' ? JSON.stringify(value) : String(value)).trim();
}

/** Checks a numeric mParticle ID; returns it normalised. */
export function checkPositiveInteger(context: ErrorContext, value: string, label: string): string {
	if (value === '') throw inputError(context, `${label} is required`);
	if (!/^\d+$/.test(value) || Number(value) < 1) {
		throw inputError(context, `${label} must be a whole number greater than 0, e.g. 1234 (got "${value}")`);
	}
	if (!Number.isSafeInteger(Number(value))) {
		throw inputError(context, `${label} is too large to be an mParticle ID (got "${value}")`);
	}
	return String(Number(value));
}

export function checkRequired(context: ErrorContext, value: string, label: string): string {
	if (value === '') throw inputError(context, `${label} is required`);
	return value;
}

export function checkOneOf(
	context: IExecuteSingleFunctions,
	value: string,
	allowed: readonly string[],
	label: string,
) {
	if (!allowed.includes(value)) {
		throw inputError(context, `${label} must be one of ${allowed.join(', ')} (got "${value}")`);
	}
	return value;
}

/** Parses a JSON parameter (given as text or already as an object) and names the field when it is not valid. */
export function parseJsonParameter(context: IExecuteSingleFunctions, name: string, label: string): unknown {
	const value = context.getNodeParameter(name, '') as unknown;
	if (typeof value !== 'string') return value;
	if (value.trim() === '') throw inputError(context, `${label} is required`);
	try {
		return JSON.parse(value);
	} catch (error) {
		throw inputError(context, `${label} is not valid JSON`, (error as Error).message);
	}
}

/** Checks one text value and returns it normalised; throws an input error naming the field. */
export type Check = (context: IExecuteSingleFunctions, value: string, label: string) => string;

/** A preSend that checks one field before anything is sent, so every operation showing the field gets the check. */
export function checkField(name: string, label: string, check: Check): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		check(this, textParameter(this, name), label);
		return options;
	};
}

/** A preSend that refuses a value outside the allowed list (values can come from expressions). */
export function checkOneOfField(name: string, label: string, allowed: readonly string[]): PreSendAction {
	return checkField(name, label, (context, value, fieldLabel) =>
		checkOneOf(context, value, allowed, fieldLabel),
	);
}

/** Reads a true/false value that may come from an expression as a boolean or as the text "true"/"false". */
export function checkBoolean(context: IExecuteSingleFunctions, value: unknown, label: string): boolean {
	if (typeof value === 'boolean') return value;
	const text = String(value ?? '')
		.trim()
		.toLowerCase();
	if (text === 'true' || text === 'false') return text === 'true';
	throw inputError(context, `${label} must be true or false (got "${String(value ?? '')}")`);
}

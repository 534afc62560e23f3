import type {
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { keepingInputErrors, withInputErrorsKept } from './pairing';
import { unpackResponse } from './response';
import { fillPath, setAccountId } from './transport';
import type { Check } from './validate';

/** One API operation: its menu entry, request, fields and any extra request/response steps. */
export interface Operation {
	value: string;
	name: string;
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** The API path as mParticle documents it, with `{parameterName}` placeholders, e.g. `/v1/apps/{appId}`. */
	path: string;
	fields?: INodeProperties[];
	/**
	 * Checks for `{name}` placeholders whose value must be checked or converted before it goes into the
	 * path (e.g. an OS sent lowercase). Placeholders without one only have to be non-empty.
	 */
	pathChecks?: Record<string, Check>;
	/**
	 * Steps that build or check the request. They run before the fields' own checks (the Operation
	 * selector comes before the fields), so a step must check any parameter it reads itself.
	 */
	preSend?: PreSendAction[];
	/** Steps after the shared response handler (or instead of it, with `replaceResponseHandler`). */
	postReceive?: PostReceiveAction[];
	replaceResponseHandler?: boolean;
}

function labelsOf(operation: Operation) {
	const labels: Record<string, string> = {};
	for (const field of operation.fields ?? []) labels[field.name] = field.displayName;
	return labels;
}

function optionOf(operation: Operation): INodePropertyOptions {
	const isV1 = operation.path.startsWith('/v1/');
	return {
		name: operation.name,
		value: operation.value,
		action: operation.action,
		description: operation.description,
		routing: {
			request: { method: operation.method, url: operation.path },
			send: {
				preSend: [
					...(isV1 ? [setAccountId] : []),
					fillPath(labelsOf(operation), operation.pathChecks),
					...(operation.preSend ?? []),
				].map(keepingInputErrors),
				paginate: true,
			},
			output: {
				postReceive: [
					...(operation.replaceResponseHandler ? [] : [unpackResponse]),
					...(operation.postReceive ?? []),
				],
			},
		},
	};
}

function shownFor(field: INodeProperties, operation: string, resource?: string): INodeProperties {
	const show = {
		...field.displayOptions?.show,
		operation: [operation],
		...(resource ? { resource: [resource] } : {}),
	};
	return { ...withInputErrorsKept(field), displayOptions: { ...field.displayOptions, show } };
}

/**
 * The Operation selector and every operation's fields, for one node (or one resource of a node).
 * Adding an operation means writing its file and listing it here.
 */
export function operationProperties(operations: Operation[], resource?: string): INodeProperties[] {
	const sorted = [...operations].sort((a, b) => a.name.localeCompare(b.name));
	const defaultOperation = (operations.find((operation) => operation.value === 'getAll') ?? operations[0])
		.value;
	const names = sorted.map((operation) => operation.name);
	const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: sorted.map(optionOf),
		default: defaultOperation,
		description: `What to do: ${listed}`,
		...(resource ? { displayOptions: { show: { resource: [resource] } } } : {}),
	};
	return [
		selector,
		...operations.flatMap((operation) =>
			(operation.fields ?? []).map((field) => shownFor(field, operation.value, resource)),
		),
	];
}

import type {
	IHttpRequestMethods,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import type { Check } from './checks';
import { messageLabel } from './fields/locators';
import { keepingInputErrors, withInputErrorsKept } from './request/pairing';
import { fillPath, setAccountId } from './request/prepare';
import { unpackResponse } from './request/receive';

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
	/**
	 * Steps that run after every field's own steps: each input is checked by then and the body holds
	 * exactly what the fields set, e.g. to read the current object and send it back with those changes.
	 */
	afterFields?: PreSendAction[];
	/** Steps after the shared response handler (or instead of it, with `replaceResponseHandler`). */
	postReceive?: PostReceiveAction[];
	replaceResponseHandler?: boolean;
}

function labelsOf(operation: Operation) {
	const labels: Record<string, string> = {};
	for (const field of operation.fields ?? []) labels[field.name] = messageLabel(field);
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

/** "A, B or C". */
function listed(names: string[]) {
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
}

/** One resource of a node (its entry in the Resource selector) and its operations. */
export interface Resource {
	name: string;
	value: string;
	description: string;
	/** The operations, one file each beside the resource's index. */
	operations: Operation[];
}

function shownFor(field: INodeProperties, operation: string, resource: string): INodeProperties {
	const show = { ...field.displayOptions?.show, resource: [resource], operation: [operation] };
	return { ...withInputErrorsKept(field), displayOptions: { ...field.displayOptions, show } };
}

/**
 * Carries the `afterFields` steps of a resource's operations. n8n runs the steps of a node's parameters in
 * their order, so a hidden parameter placed after every field runs its steps after theirs.
 */
function afterFieldsProperties(resource: Resource): INodeProperties[] {
	return resource.operations
		.filter((operation) => operation.afterFields?.length)
		.map((operation) =>
			shownFor(
				{
					displayName: 'After Fields',
					name: 'afterFields',
					type: 'hidden',
					default: '',
					description: 'Request steps that run after the fields’ own steps (nothing to fill in)',
					routing: { send: { preSend: operation.afterFields } },
				},
				operation.value,
				resource.value,
			),
		);
}

/** The Operation selector of one resource and every operation's fields. */
function resourceProperties(resource: Resource): INodeProperties[] {
	const { operations } = resource;
	const sorted = [...operations].sort((a, b) => a.name.localeCompare(b.name));
	const defaultOperation = (operations.find((operation) => operation.value === 'getAll') ?? operations[0])
		.value;
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: sorted.map(optionOf),
		default: defaultOperation,
		description: `What to do: ${listed(sorted.map((operation) => operation.name))}`,
	};
	return [
		selector,
		...operations.flatMap((operation) =>
			(operation.fields ?? []).map((field) => shownFor(field, operation.value, resource.value)),
		),
	];
}

/**
 * A node's parameters: the Resource selector (also where a node has one resource: n8n names an AI tool and
 * a canvas node after the chosen operation only then), each resource's Operation selector and fields, and
 * then `commonFields`, shown for every operation (e.g. the Account ID), and last the operations' `afterFields`
 * steps. The first resource is the default, so workflows saved before a node had a Resource selector keep
 * working.
 */
export function nodeProperties(resources: Resource[], ...commonFields: INodeProperties[]): INodeProperties[] {
	const sorted = [...resources].sort((a, b) => a.name.localeCompare(b.name));
	const selector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: sorted.map(({ name, value, description }) => ({ name, value, description })),
		description: `What to work on: ${listed(sorted.map((resource) => resource.name))}`,
		// Set below: n8n's lint rules read a default only when it is written out as a value.
		default: '',
	};
	return [
		{ ...selector, default: resources[0].value },
		...resources.flatMap(resourceProperties),
		...commonFields,
		...resources.flatMap(afterFieldsProperties),
	];
}

import type { INodeProperties } from 'n8n-workflow';
import { checkField, checkRequired, type Check } from '../checks';
import { sendValue, type SendTo } from './send';

interface TextFieldOptions {
	name: string;
	displayName: string;
	description: string;
	placeholder?: string;
	/** Whether a value is needed. A required field is checked before anything is sent. Default false. */
	required?: boolean;
	/** The check of a required field's value; default: not empty. */
	check?: Check;
	/** Where the trimmed text goes. An optional field left empty sends nothing. Omit when a step reads it. */
	send?: SendTo;
}

/** A text field: checked when required, and sent where `send` says. */
export function textField(options: TextFieldOptions): INodeProperties {
	const preSend = [
		...(options.required
			? [checkField(options.name, options.displayName, options.check ?? checkRequired)]
			: []),
		...(options.send ? [sendValue(options.name, options.send, !options.required)] : []),
	];
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'string',
		...(options.required ? { required: true } : {}),
		default: '',
		...(options.placeholder ? { placeholder: options.placeholder } : {}),
		description: options.description,
		...(preSend.length > 0 ? { routing: { send: { preSend } } } : {}),
	};
}

/** The required Name of the entity an operation creates or renames, sent as the body's `name`. */
export function nameField(description: string): INodeProperties {
	return textField({
		name: 'name',
		displayName: 'Name',
		description,
		required: true,
		send: { type: 'body', property: 'name' },
	});
}

/** A notice shown with an operation's fields: what users must know before they run it. */
export function notice(name: string, text: string): INodeProperties {
	return { displayName: text, name, type: 'notice', default: '' };
}

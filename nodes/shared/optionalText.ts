import type { INodeProperties } from 'n8n-workflow';
import { sendText, type TextTarget } from './sendText';

/**
 * An optional text field that is sent (trimmed) as a query parameter or body field only when it is
 * not empty, so an empty field never reaches mParticle as `name=` or `"description": ""`.
 */
export function optionalText(
	name: string,
	displayName: string,
	target: TextTarget,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: { send: { preSend: [sendText(name, target, { skipEmpty: true })] } },
	};
}

import type { IHttpRequestOptions } from 'n8n-workflow';
import type { Operation } from '../../../shared/operation';
import { CALCULATED_ATTRIBUTE_PATH } from '../../../shared/mparticle';
import { calculatedAttributeIdField, workspaceField } from './fields';

/** mParticle expects the activation request without a body. */
async function withoutBody(options: IHttpRequestOptions) {
	delete options.body;
	return options;
}

export const activate: Operation = {
	value: 'activate',
	name: 'Activate',
	action: 'Activate a calculated attribute',
	description: 'Make the draft definition the active one, so mParticle starts calculating it',
	method: 'POST',
	path: `${CALCULATED_ATTRIBUTE_PATH}/activation`,
	fields: [workspaceField, calculatedAttributeIdField],
	preSend: [withoutBody],
};

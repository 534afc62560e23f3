import { notice } from '../../../shared/fields/text';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { appLocator } from '../../../shared/fields/locators';
import type { Operation } from '../../../shared/operation';
import { textParameter } from '../../../shared/checks';
import { newPlatformOsField, osForPlatformRequest } from '../../os';
import { createSettingsField } from './fields';

async function osToBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const os = osForPlatformRequest(this, textParameter(this, 'os'), 'OS');
	options.body = { ...(options.body as object), os };
	return options;
}

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create a platform',
	description: 'Add a platform for one OS to an app. Outputs its access key and secret.',
	method: 'POST',
	// As documented: the app's own path, with no /platforms segment.
	path: '/v1/apps/{appId}',
	fields: [
		notice(
			'secretNotice',
			'mParticle shows the new platform’s access secret only once, in this node’s output: store it now.',
		),
		appLocator(),
		{ ...newPlatformOsField, routing: { send: { preSend: [osToBody] } } },
		createSettingsField,
	],
};

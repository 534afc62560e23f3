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
	description:
		'Add a platform for one OS to an app. The output holds the new platform’s access key and secret: mParticle shows the secret only this once, so store it now.',
	method: 'POST',
	// As documented: the app's own path, with no /platforms segment.
	path: '/v1/apps/{appId}',
	fields: [
		appLocator(),
		{ ...newPlatformOsField, routing: { send: { preSend: [osToBody] } } },
		createSettingsField,
	],
};

import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { PLATFORM_OS } from '../../../shared/mparticle';
import { nameField, notice } from '../../../shared/fields/text';
import type { Operation } from '../../../shared/operation';
import { inputError } from '../../../shared/checks';
import { canonicalOs, OS_OPTIONS } from '../../os';

const PLATFORMS_LABEL = 'Platforms';

/** Puts the chosen OSes in the body as `platforms: [{os}]`; an expression may give an array or comma-separated text. */
async function platformsToBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const value = this.getNodeParameter('platforms', []) as unknown;
	const given = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((os) => String(os ?? '').trim())
		.filter((os) => os !== '');
	if (given.length === 0) throw inputError(this, `${PLATFORMS_LABEL} is required: choose at least one OS`);
	const platforms = given.map((os) => canonicalOs(this, os, PLATFORMS_LABEL));
	const repeated = platforms.find((os, index) => platforms.indexOf(os) !== index);
	if (repeated) throw inputError(this, `${PLATFORMS_LABEL} lists ${repeated} more than once`);
	options.body = { ...(options.body as object), platforms: platforms.map((os) => ({ os })) };
	return options;
}

export const create: Operation = {
	value: 'create',
	name: 'Create',
	action: 'Create an app',
	description:
		'Create an app with one platform per chosen OS. Outputs each platform’s access key and secret.',
	method: 'POST',
	path: '/v1/apps',
	fields: [
		notice(
			'secretNotice',
			'mParticle shows each new platform’s access secret only once, in this node’s output: store it now.',
		),
		nameField('Name of the new app; must be unique in the account'),
		{
			displayName: 'Platforms',
			name: 'platforms',
			type: 'multiOptions',
			required: true,
			options: OS_OPTIONS,
			default: [],
			description: `Operating systems to create the app’s platforms for, at least one: ${PLATFORM_OS.join(', ')}`,
			routing: { send: { preSend: [platformsToBody] } },
		},
	],
};

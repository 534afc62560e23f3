import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';
import { isKnownGood, sharedToken, tokenSource } from '../nodes/shared/credential/tokens';
import { runCredentialId } from '../nodes/shared/credential/runCredential';
import { signRequest } from '../nodes/shared/credential/signing';
import {
	MPARTICLE_API_BASE_URL,
	MPARTICLE_TOKEN_AUDIENCE,
	MPARTICLE_TOKEN_URL,
} from '../nodes/shared/mparticle';

export class MParticleApi implements ICredentialType {
	name = 'mParticleApi';

	displayName = 'mParticle API';

	icon = { light: 'file:../icons/mparticle.svg', dark: 'file:../icons/mparticle.dark.svg' } as const;

	documentationUrl = 'https://docs.mparticle.com/developers/apis/platform/';

	/** Lets the HTTP Request node use this credential ("Predefined Credential Type") for endpoints the nodes do not cover. */
	httpRequestNode = {
		name: 'mParticle',
		docsUrl: 'https://docs.mparticle.com/developers/apis/platform/',
		apiBaseUrl: `${MPARTICLE_API_BASE_URL}/`,
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description:
				'Client ID of a Platform API credential, created in mParticle under Settings → API Credentials',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Client Secret shown once when the API credential was created in mParticle',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 1234',
			description:
				'Numeric ID of the mParticle account the nodes work on. Nodes can override it. Find it in mParticle under Settings → API Credentials or in the dashboard URL.',
		},
		{
			displayName: 'Advanced Settings',
			name: 'advancedSettings',
			type: 'boolean',
			default: false,
			description:
				'Whether to change where requests go, for example to a local mParticle emulator. Leave off for mParticle itself.',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: MPARTICLE_API_BASE_URL,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Address of the mParticle Platform API, without a trailing slash',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: MPARTICLE_TOKEN_URL,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Address that issues access tokens for the Client ID and Client Secret',
		},
		{
			displayName: 'Audience',
			name: 'audience',
			type: 'string',
			default: MPARTICLE_TOKEN_AUDIENCE,
			displayOptions: { show: { advancedSettings: [true] } },
			description: 'Audience value sent with the token request',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Token Source',
			name: 'tokenSource',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	/**
	 * Gets a token when n8n asks for one: on first use, after a 401 and, in the HTTP Request node, after any
	 * failed call. A token this process obtained moments ago with the same values is still good, so nothing
	 * is returned then and n8n does not repeat the call (see tokens.ts for sharing and failure memory).
	 * n8n stores the token returned here; when another request of the same node run already had it stored,
	 * the new token goes into this request's credential instead and nothing is returned, so n8n sends with
	 * it without storing it again.
	 */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const source = tokenSource(credentials);
		if (credentials.tokenSource === source && isKnownGood(credentials, credentials.accessToken)) return {};
		const { token, store } = await sharedToken(this, credentials, runCredentialId(credentials));
		const renewed = { accessToken: token, tokenSource: source };
		if (store) return renewed;
		Object.assign(credentials, renewed);
		return {};
	}

	/**
	 * Signs every request made with this credential (see signRequest). A field, not a method: n8n serves
	 * credential types to the editor as spread copies, and the HTTP Request node offers only those that have
	 * `authenticate`.
	 */
	authenticate = signRequest;

	test: ICredentialTestRequest = {
		request: {
			baseURL: MPARTICLE_API_BASE_URL,
			url: '/v1/accounts',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'mParticle refused the access token. Check the Account ID, and that the Audience under Advanced Settings is mParticle’s',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'This API credential may not use the Platform API for this account. Check its permissions in mParticle',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'mParticle does not know the Account ID, or this API credential cannot access that account. Check the Account ID',
				},
			},
		],
	};
}

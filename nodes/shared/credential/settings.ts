import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL, MPARTICLE_TOKEN_AUDIENCE, MPARTICLE_TOKEN_URL } from '../mparticle';

/** The API base URL of a credential: mParticle's unless Advanced Settings give another one. */
export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return credentials.advancedSettings
		? String(credentials.baseUrl ?? '').replace(/\/+$/, '')
		: MPARTICLE_API_BASE_URL;
}

function advanced(credentials: ICredentialDataDecryptedObject, name: string, fallback: string) {
	return credentials.advancedSettings === true && credentials[name] ? String(credentials[name]) : fallback;
}

export const tokenUrl = (credentials: ICredentialDataDecryptedObject) =>
	advanced(credentials, 'tokenUrl', MPARTICLE_TOKEN_URL);

export const tokenAudience = (credentials: ICredentialDataDecryptedObject) =>
	advanced(credentials, 'audience', MPARTICLE_TOKEN_AUDIENCE);

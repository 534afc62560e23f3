import { randomBytes } from 'node:crypto';
import type { RecordedRequest, Reply } from './router';
import type { ApiClient, Store } from './store';

export const EMULATOR_AUDIENCE = 'https://api.mparticle.com';
const TOKEN_LIFETIME_SECONDS = 28800;

interface IssuedToken {
	clientId: string;
	expired: boolean;
}

/** The OAuth token endpoint (client credentials with a JSON body) and the bearer check of every API call. */
export class TokenIssuer {
	private readonly issued = new Map<string, IssuedToken>();

	constructor(private readonly store: Store) {}

	issue(request: RecordedRequest): Reply {
		const contentType = String(request.headers['content-type'] ?? '');
		if (!contentType.includes('application/json')) {
			return oauthError(400, 'invalid_request', 'The token request must be JSON.');
		}
		const body = (request.body ?? {}) as Record<string, unknown>;
		for (const field of ['client_id', 'client_secret', 'audience', 'grant_type']) {
			if (typeof body[field] !== 'string' || body[field] === '') {
				return oauthError(400, 'invalid_request', `Missing required parameter: ${field}`);
			}
		}
		if (body.grant_type !== 'client_credentials') {
			return oauthError(400, 'unsupported_grant_type', 'Grant type not allowed for the client.');
		}
		const client = this.store.clients.get(String(body.client_id));
		if (!client || client.secret !== body.client_secret) {
			return oauthError(401, 'access_denied', 'Unauthorized');
		}
		if (body.audience !== EMULATOR_AUDIENCE) {
			return oauthError(403, 'access_denied', `Service not enabled within domain: ${String(body.audience)}`);
		}
		const token = randomBytes(24).toString('hex');
		this.issued.set(token, { clientId: String(body.client_id), expired: false });
		return {
			status: 200,
			body: { access_token: token, expires_in: TOKEN_LIFETIME_SECONDS, token_type: 'Bearer' },
		};
	}

	/** The API client behind a request's bearer token, or undefined when the token is missing, unknown or expired. */
	authorize(request: RecordedRequest): ApiClient | undefined {
		const match = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''));
		const token = match && this.issued.get(match[1]);
		if (!token || token.expired) return undefined;
		return this.store.clients.get(token.clientId);
	}

	/** Makes every token issued so far expired, as if eight hours had passed. */
	expireAll() {
		for (const token of this.issued.values()) token.expired = true;
	}

	/** Every token issued so far, for tests that check no token leaks into outputs. */
	allTokens() {
		return [...this.issued.keys()];
	}
}

function oauthError(status: number, error: string, description: string): Reply {
	return { status, body: { error, error_description: description } };
}

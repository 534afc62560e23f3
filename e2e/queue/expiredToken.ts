import { tokenSource } from '../../nodes/shared/credential/tokens';
import { credentialRecord } from '../realN8n';
import type { QueueStack } from './stack';
import { CREDENTIAL } from './workflow';

/**
 * Stores in n8n's database a token that no n8n process here obtained, then lets it expire: as after eight
 * hours, or a token another worker stored. (A token a worker obtained moments ago is known to that worker
 * to be good, so it is not replaced: expiring it in the emulator would show something that cannot happen.)
 */
export async function storeExpiredTokenFromElsewhere(stack: QueueStack) {
	const record = credentialRecord(stack.emulator, CREDENTIAL);
	const response = await fetch(stack.emulator.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: record.data.clientId,
			client_secret: record.data.clientSecret,
			audience: record.data.audience,
			grant_type: 'client_credentials',
		}),
	});
	const { access_token: accessToken } = (await response.json()) as { access_token: string };
	await stack.n8n.importCredentials([
		{ ...record, data: { ...record.data, accessToken, tokenSource: tokenSource(record.data) } },
	]);
	stack.emulator.tokens.expireAll();
}

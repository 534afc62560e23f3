import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sendWithRunCredential, type CredentialContext } from '../credential/runCredential';
import { CREDENTIAL_TYPE } from '../mparticle';
import type { ErrorContext } from './errors';
import { responseData } from './receive';
import { withRetries } from './retryPolicy';

/**
 * What readData needs of its context: n8n's request helper with the credential, the node and its credential.
 * An operation's item, a dropdown list's and a trigger's poll context all have them.
 */
export type ReadContext = CredentialContext &
	ErrorContext & {
		helpers: Pick<IExecuteSingleFunctions['helpers'], 'httpRequestWithAuthentication'>;
	};

/**
 * A GET made outside n8n's routing (a dropdown list, the read before an update, a trigger's poll) with the
 * same credential, retries and response handling as the operations; returns what the response carries. In
 * an operation it uses the credential as read once for the node run (sendWithRunCredential).
 */
export async function readData(
	context: ReadContext,
	request: Omit<IHttpRequestOptions, 'method'>,
): Promise<unknown> {
	const options: IHttpRequestOptions = {
		...request,
		method: 'GET',
		headers: { Accept: 'application/json' },
		json: true,
		returnFullResponse: true,
		// As in operations: our handler reads every status except 401, which n8n needs to refresh the token.
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	};
	return await withRetries(context, 'GET', async () => {
		const response = (await sendWithRunCredential(
			context,
			async (credential) =>
				await context.helpers.httpRequestWithAuthentication.call(
					// The helper belongs to this context, whichever kind it is.
					context as unknown as IExecuteSingleFunctions,
					CREDENTIAL_TYPE,
					options,
					credential,
				),
		)) as IN8nHttpFullResponse;
		return responseData(context, response);
	});
}

/** A list read with readData: one object per entity, whether mParticle sent a list, one object or nothing. */
export async function readList(
	context: ReadContext,
	request: Omit<IHttpRequestOptions, 'method'>,
): Promise<IDataObject[]> {
	const data = await readData(context, request);
	const list = Array.isArray(data) ? data : data === undefined || data === null ? [] : [data];
	return list.filter((entity): entity is IDataObject => typeof entity === 'object' && entity !== null);
}

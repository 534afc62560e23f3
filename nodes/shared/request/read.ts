import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';
import { CREDENTIAL_TYPE } from '../mparticle';
import { responseData } from './receive';
import { withRetries } from './retryPolicy';

/**
 * A GET made outside n8n's routing (a dropdown list, the read before an update) with the same credential,
 * retries and response handling as the operations; returns what the response carries.
 */
export async function readData(
	context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
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
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			CREDENTIAL_TYPE,
			options,
		)) as IN8nHttpFullResponse;
		return responseData(context, response);
	});
}

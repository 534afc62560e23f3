import type { DeclarativeRestApiSettings, IN8nRequestOperations } from 'n8n-workflow';
import { MPARTICLE_API_BASE_URL } from '../mparticle';
import { sendWithRetries } from './send';

/*
 * The path of every request, in the order it meets it:
 *   prepare.ts  account (`?accountId=`) and the path's `{placeholders}`, with the fields' own checks
 *   send.ts     n8n's routing hook: skips a request whose input failed, sends it through retryPolicy.ts,
 *               pairs the items out with their input item (pairing.ts)
 *   (the credential signs the request and sends it to its API base URL)
 *   receive.ts  mParticle's envelope or bare body → one item per entity
 *   errors.ts   mParticle's failures → the node error users see; transportErrors.ts does the same for
 *               failures n8n's request helper raises (dropped connections, timeouts)
 */

/**
 * Request settings shared by every node. HTTP errors reach our response handler instead of n8n's
 * generic one, except 401: n8n must see that one to refresh the token and retry once. The credential
 * signs each request, sends it to its API base URL and adds its account to v1 requests.
 */
export const requestDefaults: DeclarativeRestApiSettings.HttpRequestOptions = {
	baseURL: MPARTICLE_API_BASE_URL,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
	ignoreHttpStatusErrors: { ignore: true, except: [401] },
};

/** n8n's hook around a declarative request (named "pagination" by n8n) is where retries and pairing happen. */
export const requestOperations: IN8nRequestOperations = { pagination: sendWithRetries };

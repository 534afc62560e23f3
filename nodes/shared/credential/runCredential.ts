import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
} from 'n8n-workflow';
import { CREDENTIAL_TYPE } from '../mparticle';
import { tokenSource } from './tokens';

/**
 * What can read the node's credential: an operation's per-item context, a dropdown list's, a trigger's poll.
 * Only an operation's context has `getExecuteData` (the same object for every item of one node run).
 */
export interface CredentialContext {
	getNode(): INode;
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject>;
	getExecuteData?: () => IExecuteData;
}

/** n8n's request helper with the credential, as every context has it. */
type AuthenticatedRequest = (
	this: unknown,
	credentialsType: string,
	requestOptions: IHttpRequestOptions,
	additionalCredentialOptions?: IAdditionalCredentialOptions,
) => Promise<unknown>;

/**
 * The credential of one node run, read (decrypted) once for all its items. `current` holds the newest token
 * any of the run's requests obtained; `firstRequest` is the request that goes alone while no token is known.
 */
interface RunCredential {
	current: ICredentialDataDecryptedObject;
	firstRequest?: Promise<unknown>;
}

/**
 * The credential of each node run, by n8n's record of that run (`IExecuteData`: one object per run of a
 * node, shared by the contexts of all its items, dropped with the run). Without this, n8n loads and decrypts
 * the credential from its database for every item: most of the CPU time of a node run.
 */
const runs = new WeakMap<object, Promise<RunCredential>>();

/**
 * The copies of a run's credential that its requests were sent with, by the ID of the n8n credential: when
 * n8n asks for a new token with one of them, the credential knows which stored credential it belongs to.
 */
const requestCopies = new WeakMap<object, string>();

/** The ID of the n8n credential a node run's request is sent with (its copy of the credential), if it is one. */
export function runCredentialId(credentials: object): string | undefined {
	return requestCopies.get(credentials);
}

/** What reads the credential: any context, with `getExecuteData` where there is a node run. */
export type CredentialReader = Pick<CredentialContext, 'getCredentials' | 'getExecuteData'>;

function runOf(context: Pick<CredentialContext, 'getExecuteData'>): object | undefined {
	return typeof context.getExecuteData === 'function' ? context.getExecuteData() : undefined;
}

/** The node's credential reference (ID and name) of each node run, read once per run. */
const references = new WeakMap<object, INodeCredentialsDetails | undefined>();

/**
 * Which n8n credential the node uses (its ID and name, as the node names it). Read once per node run in an
 * operation: n8n's `getNode()` copies the whole node, parameters included, on every call.
 */
export function credentialReference(
	context: Pick<CredentialContext, 'getNode' | 'getExecuteData'>,
): INodeCredentialsDetails | undefined {
	const run = runOf(context);
	if (run !== undefined && references.has(run)) return references.get(run);
	const reference = context.getNode().credentials?.[CREDENTIAL_TYPE];
	if (run !== undefined) references.set(run, reference);
	return reference;
}

async function runCredential(context: CredentialReader): Promise<RunCredential | undefined> {
	const run = runOf(context);
	if (run === undefined) return undefined;
	let entry = runs.get(run);
	if (entry === undefined) {
		entry = context.getCredentials(CREDENTIAL_TYPE).then((data) => ({ current: data }));
		runs.set(run, entry);
		// A failed read (e.g. no credential set) is not kept: each item reads again and fails as before.
		entry.catch(() => runs.delete(run));
	}
	return await entry;
}

/**
 * The node's credential, decrypted: once per node run in an operation (credential fields given as
 * expressions are resolved once, for the first item), and read from n8n as usual elsewhere (a dropdown list,
 * a trigger's poll). Holds the newest token the run's requests obtained.
 */
export async function credentialOf(context: CredentialReader): Promise<ICredentialDataDecryptedObject> {
	return (await runCredential(context))?.current ?? (await context.getCredentials(CREDENTIAL_TYPE));
}

/** Whether the credential holds a token obtained with its values as they are now (see signRequest). */
function hasToken(credentials: ICredentialDataDecryptedObject): boolean {
	return (
		typeof credentials.accessToken === 'string' &&
		credentials.accessToken !== '' &&
		(!credentials.tokenSource || credentials.tokenSource === tokenSource(credentials))
	);
}

/**
 * Sends one request through n8n's `helpers.httpRequestWithAuthentication` with the credential of the node
 * run (credentialOf) instead of letting n8n read it again for this request. n8n still does the rest: the
 * credential's preAuthentication when the token is empty or after a 401 (one refresh and one repeat), the
 * storing of a new token in its credential store, the signing. Each request gets its own copy of the
 * credential (n8n writes a new token into the copy it was given); a new token is then kept for the run's
 * later requests.
 *
 * While the run's credential has no token, its first request goes alone and the others wait for it: it
 * obtains the token and n8n stores it once, instead of once for every request that started without one.
 * If it obtained none (the token service failed), the next request goes alone, and so on: each of them
 * meets the token failure the credential remembers (tokens.ts) without asking the token service again.
 * When the requests already under way meet an expired token together (a 401 each), one new token is
 * obtained for all of them and n8n stores it once (the credential's preAuthentication, by runCredentialId).
 *
 * A context without a node run (a dropdown list, a trigger's poll) is left to n8n: `call` gets no credential.
 */
export async function sendWithRunCredential(
	context: CredentialContext,
	call: (additionalCredentialOptions?: IAdditionalCredentialOptions) => Promise<unknown>,
): Promise<unknown> {
	const run = await runCredential(context);
	if (run === undefined) return await call();
	while (!hasToken(run.current) && run.firstRequest !== undefined) {
		await run.firstRequest.catch(() => undefined);
	}
	const data = { ...run.current };
	const sentWith = data.accessToken;
	const reference = credentialReference(context);
	if (reference?.id) requestCopies.set(data, reference.id);
	const request = call({
		credentialsDecrypted: {
			id: reference?.id ?? '',
			name: reference?.name ?? '',
			type: CREDENTIAL_TYPE,
			data,
		},
	});
	const alone = !hasToken(run.current);
	if (alone) run.firstRequest = request;
	try {
		return await request;
	} finally {
		if (alone) run.firstRequest = undefined;
		// n8n assigned the token it obtained (and stored) to `data`: the run's later requests use it.
		if (data.accessToken !== sentWith && hasToken(data)) {
			run.current = { ...run.current, accessToken: data.accessToken, tokenSource: data.tokenSource };
		}
	}
}

/**
 * `helpers.httpRequestWithAuthentication` of one item's context, made to send with the run's credential
 * (sendWithRunCredential). n8n's routing calls the helper of the item's context itself, so the helper is
 * replaced on that context (each item has its own): the hook around a declarative request has no other
 * way to hand n8n the credential.
 */
export function useRunCredential(context: CredentialContext & { helpers: object }) {
	const helpers = context.helpers as { httpRequestWithAuthentication: AuthenticatedRequest };
	const original = helpers.httpRequestWithAuthentication;
	if ((original as { runCredential?: boolean }).runCredential) return;
	const replaced: AuthenticatedRequest = async function (this: unknown, type, options, additional) {
		if (type !== CREDENTIAL_TYPE || additional?.credentialsDecrypted) {
			return await original.call(this, type, options, additional);
		}
		return await sendWithRunCredential(
			context,
			async (own) => await original.call(this, type, options, { ...additional, ...own }),
		);
	};
	helpers.httpRequestWithAuthentication = Object.assign(replaced, { runCredential: true });
}

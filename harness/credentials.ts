import {
	ICredentialsHelper,
	NodeHelpers,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeParameters,
	type INodeProperties,
	type IRequestOptionsSimplified,
	type Workflow,
} from 'n8n-workflow';

/**
 * Stands in for n8n's credential store and reproduces the n8n CLI's credential rules: defaults are
 * applied when credentials are read; preAuthentication runs when the expirable field is empty, after a
 * 401 or on a credential test, and its result is written back to the store; a generic `authenticate`
 * resolves `{{$credentials…}}` expressions onto the request.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	/** What n8n would have in its database, by credential type. */
	readonly store = new Map<string, ICredentialDataDecryptedObject>();

	/** Each preAuthentication call, for tests that count token refreshes. */
	readonly preAuthenticationCalls: Array<{ expired: boolean }> = [];

	/**
	 * How often the credential was read (n8n loads and decrypts it from its database for each read) and
	 * written (n8n encrypts and stores it, e.g. a new token), for tests that count them.
	 */
	readonly counts = { getDecrypted: 0, updateCredentials: 0 };

	constructor(private readonly types: Map<string, ICredentialType>) {
		super();
	}

	set(type: string, data: ICredentialDataDecryptedObject) {
		this.store.set(type, { ...data });
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: INodeCredentialsDetails, type: string) {
		this.counts.getDecrypted++;
		const stored = this.store.get(type);
		if (!stored) throw new Error(`No credentials of type ${type} in the test store`);
		const withDefaults = NodeHelpers.getNodeParameters(
			this.type(type).properties,
			{ ...stored } as INodeParameters,
			true,
			false,
			null,
			null,
		);
		// As n8n: the domain restriction fields n8n adds to every credential are kept.
		const { allowedHttpRequestDomains, allowedDomains } = stored;
		return {
			...(withDefaults as ICredentialDataDecryptedObject),
			...(allowedHttpRequestDomains === undefined ? {} : { allowedHttpRequestDomains, allowedDomains }),
		};
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('getCredentials is not used by declarative nodes');
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.counts.updateCredentials++;
		this.store.set(type, { ...data });
	}

	async updateCredentialsOauthTokenData() {}

	async runPreAuthentication() {
		return undefined;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	) {
		const type = this.type(typeName);
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isCredentialTest = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isCredentialTest) return undefined;
		this.preAuthenticationCalls.push({ expired: credentialsExpired });
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		if (node.credentials) {
			await this.updateCredentials(node.credentials[typeName], typeName, {
				...this.store.get(typeName),
				...(output as ICredentialDataDecryptedObject),
			});
		}
		return Object.assign(credentials, output);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function')
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		if (authenticate?.type === 'generic' && workflow && node) {
			const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
			for (const [outerKey, entries] of Object.entries(authenticate.properties)) {
				target[outerKey] ??= {};
				for (const [key, value] of Object.entries(entries as Record<string, string>)) {
					const resolved = String(value).startsWith('=')
						? workflow.expression.getSimpleParameterValue(
								node,
								value,
								'internal',
								{ $credentials: credentials },
								undefined,
								'',
							)
						: value;
					target[outerKey][key] = resolved ? String(resolved) : '';
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	private type(name: string) {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}
}

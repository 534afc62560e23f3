import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PollContext,
	RoutingNode,
	TriggersAndPollers,
	WorkflowExecute,
} from 'n8n-core';
import {
	createRunExecutionData,
	NodeHelpers,
	Workflow,
	type ExecutionError,
	type ICredentialDataDecryptedObject,
	type IConnections,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { TestCredentialsHelper } from './credentials';
import { CUSTOM_CALL_TYPE, customCallNodeType } from './customCall';
import { IF_TYPE, ifNodeType } from './ifNode';
import { loadPackage, PACKAGE_NAME, type LoadedPackage } from './package';

export const CREDENTIAL_TYPE = 'mParticleApi';
const CREDENTIAL_REF = { id: 'cred-1', name: 'mParticle account' };

/** Where an emulator (or mParticle) is and how to sign in, as the credential's fields. */
export interface Target {
	url: string;
	tokenUrl: string;
	audience: string;
	clientId: string;
	clientSecret: string;
	accountId: number | string;
}

export function credentialFor(target: Target): ICredentialDataDecryptedObject {
	return {
		clientId: target.clientId,
		clientSecret: target.clientSecret,
		accountId: String(target.accountId),
		advancedSettings: true,
		baseUrl: target.url,
		tokenUrl: target.tokenUrl,
		audience: target.audience,
	};
}

export interface NodeRun {
	/** The json of every output item. */
	items: IDataObject[];
	output: INodeExecutionData[];
	/** The node's error when it failed (not under Continue On Fail). */
	error?: ExecutionError;
	run: IRun;
}

export interface NodeSpec {
	/** Node type without the package prefix, e.g. mParticleAccount. */
	type: string;
	parameters: INodeParameters;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	name?: string;
}

/**
 * Runs the package's nodes through n8n-core's real engine (WorkflowExecute → RoutingNode → n8n's HTTP
 * client) with a credential store that behaves like n8n's. No part of n8n is mocked.
 */
export class Engine {
	readonly credentials: TestCredentialsHelper;

	/** Everything this engine handed back (each run, each credential test result), for checks such as "no secret leaks". */
	readonly produced: unknown[] = [];

	private readonly clientSecrets = new Set<string>();

	/** The package's node types, and the stand-ins for n8n's HTTP Request node (customCall.ts) and If node (ifNode.ts). */
	private readonly nodeTypes: INodeTypes;

	private constructor(private readonly pkg: LoadedPackage) {
		this.credentials = new TestCredentialsHelper(pkg.credentialTypes);
		const standIns: Record<string, INodeType> = {
			[CUSTOM_CALL_TYPE]: customCallNodeType,
			[IF_TYPE]: ifNodeType,
		};
		this.nodeTypes = {
			getByName: (name) => standIns[name] ?? pkg.nodeTypes.getByName(name),
			getByNameAndVersion: (name, version) =>
				standIns[name] ?? pkg.nodeTypes.getByNameAndVersion(name, version),
			getKnownTypes: () => ({}),
		};
	}

	static async create(credential?: ICredentialDataDecryptedObject) {
		const engine = new Engine(await loadPackage());
		if (credential) engine.setCredential(credential);
		return engine;
	}

	setCredential(data: ICredentialDataDecryptedObject) {
		if (data.clientSecret) this.clientSecrets.add(String(data.clientSecret));
		this.credentials.set(CREDENTIAL_TYPE, { accessToken: '', ...data });
	}

	/** Every client secret this engine's credential has held. */
	secretsGiven(): string[] {
		return [...this.clientSecrets];
	}

	/** The credential as n8n's database would hold it now (including the cached token). */
	storedCredential() {
		return this.credentials.store.get(CREDENTIAL_TYPE);
	}

	async runNode(spec: NodeSpec): Promise<NodeRun> {
		const node = this.node(spec, [0, 0]);
		const run = await this.execute([node], {}, [node], spec.items ?? [{ json: {} }]);
		const task = run.data.resultData.runData[node.name]?.[0];
		const output = task?.data?.main?.[0] ?? [];
		return { items: output.map((item) => item.json), output, error: task?.error, run };
	}

	/**
	 * Runs the mParticle Trigger's poll the way n8n's poller does (a PollContext through TriggersAndPollers),
	 * with the node's static data as n8n's database would give it back (`staticData`, saved as JSON). `manual`
	 * is the editor's Fetch Test Event. Returns the items emitted (null: nothing to report) or the error, and
	 * the static data after the poll, as JSON.
	 */
	async poll(
		parameters: INodeParameters,
		options: { mode?: 'trigger' | 'manual'; staticData?: IDataObject } = {},
	): Promise<{ items: IDataObject[] | null; error?: Error; staticData: IDataObject }> {
		const node = this.node({ type: 'mParticleTrigger', parameters }, [0, 0]);
		const workflow = new Workflow({
			id: 'wf-1',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			settings: {},
			staticData: structuredClone(options.staticData ?? {}),
		});
		const additionalData = this.additionalData(this.workflowData([node], {}));
		const context = new PollContext(workflow, node, additionalData, options.mode ?? 'trigger', 'update');
		let items: IDataObject[] | null = null;
		let error: Error | undefined;
		try {
			const emitted = await new TriggersAndPollers().runPollFunction(workflow, node, context);
			items = emitted ? emitted[0].map((item) => item.json) : null;
		} catch (caught) {
			error = caught as Error;
		}
		const staticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		this.keep({ items, error });
		return { items, error, staticData };
	}

	/**
	 * Sends `request` (n8n's older request shape: `uri`, `method`, …) once per item the way n8n's HTTP Request
	 * node does with this credential (see customCall.ts). Failed items carry `error`.
	 */
	async runCustomCall(request: IDataObject, items: INodeExecutionData[] = [{ json: {} }]) {
		const node: INode = {
			id: 'custom-call',
			name: 'Custom call',
			type: CUSTOM_CALL_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { request: request as INodeParameters[string] },
			credentials: { [CREDENTIAL_TYPE]: CREDENTIAL_REF },
		};
		const run = await this.execute([node], {}, [node], items);
		const output = run.data.resultData.runData[node.name]?.[0]?.data?.main?.[0] ?? [];
		return output.map((item) => item.json);
	}

	/** Runs several connected nodes, starting at the first with the given items. */
	async runWorkflow(specs: NodeSpec[], items: INodeExecutionData[] = [{ json: {} }]): Promise<IRun> {
		const nodes = specs.map((spec, index) => this.node(spec, [index * 220, 0]));
		const connections: IConnections = {};
		for (let index = 0; index + 1 < nodes.length; index++) {
			connections[nodes[index].name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
		}
		return await this.execute(nodes, connections, [nodes[0]], items);
	}

	/**
	 * Runs an n8n workflow export (as in examples/) as a manual run: from the nodes its Manual Trigger feeds,
	 * with one empty item, or from the mParticle Trigger (its sample event). Every mParticle node uses this
	 * engine's credential. Returns n8n's record of the run.
	 */
	async runWorkflowJson(exported: { nodes: INode[]; connections: IConnections }) {
		const ours = (node: INode) => node.type.startsWith(`${PACKAGE_NAME}.`);
		const fed = new Set(
			Object.values(exported.connections).flatMap((outputs) =>
				(outputs.main ?? []).flatMap((links) => (links ?? []).map((link) => link.node)),
			),
		);
		// n8n's own trigger (Manual Trigger) is left out: the run starts at the nodes it feeds. The mParticle
		// Trigger stays: in a manual run it gives its sample event, as Fetch Test Event does.
		const trigger = exported.nodes.find((node) => !fed.has(node.name) && !ours(node));
		const nodes = exported.nodes
			.filter((node) => node !== trigger)
			.map((node) => (ours(node) ? { ...node, credentials: { [CREDENTIAL_TYPE]: CREDENTIAL_REF } } : node));
		const connections = { ...exported.connections };
		const starts = trigger
			? (connections[trigger.name]?.main?.[0] ?? []).map((link) => link.node)
			: nodes.filter((node) => !fed.has(node.name)).map((node) => node.name);
		if (trigger) delete connections[trigger.name];
		const run = await this.execute(
			nodes,
			connections,
			starts.map((name) => nodes.find((node) => node.name === name)!),
			[{ json: {} }],
		);
		return run;
	}

	/**
	 * Calls a node's list method (`methods.listSearch`) as n8n's editor does when a resource locator's list
	 * opens: a LoadOptionsContext on a one-node workflow whose parameters are the editor's current ones
	 * (given `parameters` plus the defaults of the fields they display), with the node's credential.
	 */
	async searchList(
		nodeType: string,
		methodName: string,
		parameters: INodeParameters,
		filter?: string,
	): Promise<INodeListSearchResult> {
		const typeName = `${PACKAGE_NAME}.${nodeType}`;
		const type = this.pkg.nodeTypes.getByNameAndVersion(typeName, 1);
		const method = type.methods?.listSearch?.[methodName];
		if (!method) throw new Error(`${nodeType} has no list method ${methodName}`);
		const draft = this.node({ type: nodeType, parameters }, [0, 0]);
		const current =
			NodeHelpers.getNodeParameters(
				type.description.properties,
				parameters,
				true,
				false,
				draft,
				type.description,
			) ?? parameters;
		const node = { ...draft, parameters: current };
		const workflow = new Workflow({
			id: 'wf-1',
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.pkg.nodeTypes,
			settings: {},
		});
		const additionalData = this.additionalData(this.workflowData([node], {}));
		additionalData.currentNodeParameters = current;
		const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
		return await method.call(context, filter);
	}

	/** Runs the credential's test request the way n8n's credential tester does. */
	async testCredential(): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const type = this.pkg.credentialTypes.get(CREDENTIAL_TYPE)!;
		const testNodeType = {
			description: {
				displayName: 'Credential test',
				name: 'credentialTest',
				group: [],
				version: 1,
				description: '',
				defaults: {},
				inputs: [],
				outputs: [],
				credentials: [{ name: CREDENTIAL_TYPE, required: true }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						default: '',
						routing: { request: type.test!.request },
					},
				],
			},
		} as unknown as INodeType;
		const node: INode = {
			id: 'credential-test',
			name: 'Credential test',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: { temp: '' },
			credentials: { [CREDENTIAL_TYPE]: CREDENTIAL_REF },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: {
				getByName: () => testNodeType,
				getByNameAndVersion: () => testNodeType,
				getKnownTypes: () => ({}),
			},
		});
		const additionalData = this.additionalData(this.workflowData([node], {}));
		const decrypted = await this.credentials.getDecrypted(additionalData, CREDENTIAL_REF, CREDENTIAL_TYPE);
		const context = new ExecuteContext(
			workflow,
			node,
			additionalData,
			'internal',
			createRunExecutionData(),
			0,
			[],
			{ main: [[{ json: {} }]] },
			{ node, data: {}, source: null },
			[],
		);
		try {
			await new RoutingNode(context, testNodeType, {
				id: CREDENTIAL_REF.id,
				name: CREDENTIAL_REF.name,
				type: CREDENTIAL_TYPE,
				data: decrypted,
			}).runNode();
			return this.keep({ status: 'OK' as const, message: 'Connection successful!' });
		} catch (error) {
			// As n8n's credential tester: a rule for the status, else the status text, else the error's message.
			const response = (error as { cause?: { response?: { status?: number; statusText?: string } } }).cause
				?.response;
			const rule = type.test!.rules?.find(
				(candidate) => candidate.type === 'responseCode' && candidate.properties.value === response?.status,
			);
			const message =
				rule?.properties.message ??
				(response
					? response.statusText || `Received HTTP status code: ${response.status}`
					: (error as Error).message);
			return this.keep({ status: 'Error' as const, message });
		}
	}

	private keep<T>(result: T): T {
		this.produced.push(result);
		return result;
	}

	private node(spec: NodeSpec, position: [number, number]): INode {
		return {
			id: spec.name ?? spec.type,
			name: spec.name ?? spec.type,
			type: `${PACKAGE_NAME}.${spec.type}`,
			typeVersion: 1,
			position,
			parameters: spec.parameters,
			credentials: { [CREDENTIAL_TYPE]: CREDENTIAL_REF },
			...(spec.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		};
	}

	private workflowData(nodes: INode[], connections: IConnections): IWorkflowBase {
		return {
			id: 'wf-1',
			name: 'mParticle test workflow',
			active: false,
			isArchived: false,
			nodes,
			connections,
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
		} as IWorkflowBase;
	}

	private additionalData(workflowData: IWorkflowBase, onFinish?: (run: IRun) => void) {
		const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', workflowData);
		if (onFinish) hooks.addHandler('workflowExecuteAfter', (run) => onFinish(run));
		return {
			hooks,
			credentialsHelper: this.credentials,
			executionId: 'exec-1',
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			variables: {},
			currentNodeParameters: undefined,
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	private async execute(
		nodes: INode[],
		connections: IConnections,
		starts: INode[],
		items: INodeExecutionData[],
	) {
		const workflow = new Workflow({
			id: 'wf-1',
			nodes,
			connections,
			active: false,
			nodeTypes: this.nodeTypes,
			settings: {},
		});
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: starts.map((node) => ({ node, data: { main: [items] }, source: null })),
			},
		});
		let finished: IRun | undefined;
		const additionalData = this.additionalData(
			this.workflowData(nodes, connections),
			(run) => (finished = run),
		);
		const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			workflow,
		);
		// With batching, n8n's RoutingNode attaches its handler to the items' promises only after the last
		// batch has started, so an early item failure is briefly an unhandled rejection. Node reports it as
		// handled one turn of the event loop later: wait for that turn, so a test runner that fails tests on
		// unhandled rejections (jest does) sees only the ones nothing ever handles.
		await new Promise((resolve) => setImmediate(resolve));
		return this.keep(finished ?? run);
	}
}

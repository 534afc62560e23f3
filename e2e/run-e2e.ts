import '../harness/environment';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IConnections, INode } from 'n8n-workflow';
import { startEmulator, type Emulator } from '../emulator/server';
import { startCaptureServer } from '../harness/captureServer';
import { PACKAGE_ROOT } from '../harness/package';
import { exampleChecks, outputsOf } from './exampleChecks';
import './examples';
import { credentialRecord, httpRequestNode, RealN8n, triggeredWorkflow } from './realN8n';
import { triggerCase } from './triggerCase';

const CREDENTIAL = { id: 'e2ecredential0001', name: 'mParticle emulator' };

interface ExportedWorkflow {
	name: string;
	nodes: INode[];
	connections: IConnections;
}

/**
 * `npm run test:e2e`: installs the packed package into a real n8n (installed once per machine), imports a
 * credential pointing at the emulator, runs every example workflow and an HTTP Request node call with
 * `n8n execute`, and checks what came out.
 */
async function main() {
	const emulator = await startEmulator();
	const n8n = await RealN8n.start();
	const results: Array<{ name: string; problems: string[] }> = [];
	try {
		await n8n.importCredentials([credentialRecord(emulator, CREDENTIAL)]);
		const files = readdirSync(join(PACKAGE_ROOT, 'examples')).filter((file) => file.endsWith('.json'));
		const polled: ExportedWorkflow[] = [];
		for (const [index, file] of files.entries()) {
			const exported = JSON.parse(
				readFileSync(join(PACKAGE_ROOT, 'examples', file), 'utf8'),
			) as ExportedWorkflow;
			// `n8n execute` does not poll: an example started by the mParticle Trigger runs live, below.
			if (exported.nodes.some((node) => node.type === 'n8n-nodes-mparticle.mParticleTrigger')) {
				polled.push({ ...exported, nodes: exported.nodes.map(withCredential) });
				continue;
			}
			const id = `e2eexample${String(index).padStart(6, '0')}`;
			const check = exampleChecks[file];
			const problems = check ? [] : ['no check defined in e2e/examples.ts'];
			try {
				await n8n.importWorkflow({ ...exported, id, nodes: exported.nodes.map(withCredential) } as never);
				const run = await n8n.execute(id);
				if (check) problems.push(...check(outputsOf(run)));
			} catch (error) {
				problems.push((error as Error).message);
			}
			results.push({ name: `example ${file}`, problems });
		}
		results.push({
			name: 'HTTP Request node with the mParticle API credential',
			problems: await httpRequestCase(n8n, emulator),
		});
		results.push({
			name: 'HTTP Request node with the credential, to another host: refused, no token sent',
			problems: await otherHostCase(n8n),
		});
		results.push({
			name: `mParticle Trigger in a running n8n: one execution per change, every minute (with ${polled.map((example) => example.name).join(', ')})`,
			problems: await triggerCase(n8n, emulator, CREDENTIAL, polled),
		});
		results.push({ name: 'package loads without warnings', problems: n8n.loadProblems() });
	} finally {
		n8n.close();
		await emulator.close();
	}
	for (const { name, problems } of results) {
		console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
		for (const problem of problems) console.log(`       ${problem}`);
	}
	const failed = results.filter((result) => result.problems.length > 0).length;
	console.log(`\ne2e: ${results.length - failed} passed, ${failed} failed`);
	process.exitCode = failed > 0 ? 1 : 0;
}

function withCredential(node: INode): INode {
	return node.type.startsWith('n8n-nodes-mparticle.')
		? { ...node, credentials: { mParticleApi: CREDENTIAL } }
		: node;
}

/** The credential can be picked as "Predefined Credential Type" in n8n's HTTP Request node for custom calls. */
async function httpRequestCase(n8n: RealN8n, emulator: Emulator): Promise<string[]> {
	const id = 'e2ehttprequest001';
	// No accountId is given: the credential adds its own account to /v1/ requests.
	await n8n.importWorkflow(
		triggeredWorkflow(id, 'Custom call with the HTTP Request node', [
			httpRequestNode('Workspaces', `${emulator.url}/v1/workspace`, CREDENTIAL),
		]),
	);
	emulator.reset();
	const outputs = outputsOf(await n8n.execute(id));
	const output = outputs.Workspaces;
	const problems: string[] = [];
	if (!output || output.error) problems.push(`Workspaces failed: ${output?.error ?? 'did not run'}`);
	const envelope = output?.items[0] as { data?: Array<{ name: string }> } | undefined;
	if (envelope?.data?.[0]?.name !== 'Web and Mobile')
		problems.push(`unexpected output ${JSON.stringify(output?.items).slice(0, 200)}`);
	const request = emulator.apiRequests()[0];
	if (request?.query.accountId !== String(emulator.accountId))
		problems.push('the request carried no accountId');
	if (!/^Bearer \w+$/.test(String(request?.headers.authorization)))
		problems.push('the request carried no Bearer token');
	return problems;
}

/** The credential sends its token only to its API Base URL: an HTTP Request node call elsewhere is refused. */
async function otherHostCase(n8n: RealN8n): Promise<string[]> {
	const capture = await startCaptureServer();
	try {
		const id = 'e2ehttprequest002';
		await n8n.importWorkflow(
			triggeredWorkflow(id, 'HTTP Request node to another host', [
				{
					...httpRequestNode('Elsewhere', `${capture.url}/collect`, CREDENTIAL),
					onError: 'continueRegularOutput',
				},
			]),
		);
		const output = outputsOf(await n8n.execute(id)).Elsewhere;
		const problems: string[] = [];
		const error = JSON.stringify(output?.error ?? output?.items);
		if (!error.includes('only sends its token to'))
			problems.push(`unexpected outcome ${error.slice(0, 300)}`);
		if (capture.received.length > 0)
			problems.push(`the other host received ${capture.received.length} request(s)`);
		return problems;
	} finally {
		await capture.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

import '../harness/environment';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject, IRun } from 'n8n-workflow';
import { credentialFor, Engine } from '../harness/engine';
import { startEmulator } from '../emulator/server';
import { PACKAGE_ROOT } from '../harness/package';

/**
 * `npm run demo`: starts the local mParticle emulator with its seed data and runs sample workflows
 * through n8n's own engine with this package's nodes, printing what each node returned.
 */
async function main() {
	const emulator = await startEmulator();
	const engine = await Engine.create(credentialFor(emulator));
	try {
		console.log(`mParticle emulator on ${emulator.url} (account ${emulator.accountId})\n`);

		section(
			'Workflow 1: mParticle Account (Get Many) → mParticle Workspace (Get Many, Account ID from each item)',
		);
		const run = await engine.runWorkflow([
			{ name: 'Accounts', type: 'mParticleAccount', parameters: { operation: 'getAll', returnAll: true } },
			{
				name: 'Workspaces',
				type: 'mParticleWorkspace',
				parameters: { operation: 'getAll', returnAll: true, accountId: '={{ $json.id }}' },
			},
		]);
		table('Accounts', outputOf(run, 'Accounts'), ['id', 'name', 'created_on']);
		table('Workspaces', outputOf(run, 'Workspaces'), ['id', 'name', 'created_on']);

		section('Workflow 2: create an account, then rename it');
		const created = await engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'create', name: 'Acme Demo' },
		});
		table('Create', created.items, ['id', 'name', 'data_type']);
		const renamed = await engine.runNode({
			type: 'mParticleAccount',
			parameters: {
				operation: 'update',
				accountId: String(created.items[0].id),
				name: 'Acme Demo (renamed)',
			},
		});
		table('Update', renamed.items, ['success']);

		section('Workflow 3: a business rule mParticle refuses, shown as a clear node error');
		const refused = await engine.runNode({
			type: 'mParticleAccount',
			parameters: { operation: 'update', accountId: '1002', name: 'Acme Production' },
		});
		console.log(`  Error:       ${refused.error?.message}`);
		console.log(`  Description: ${refused.error?.description?.split('\n').join('\n               ')}\n`);

		section(
			'Workflow 4 (examples/new-app-with-forwarding.json): create an app for iOS and Android, forward iOS data to Indicative',
		);
		const example = JSON.parse(
			readFileSync(join(PACKAGE_ROOT, 'examples', 'new-app-with-forwarding.json'), 'utf8'),
		);
		const app = await engine.runWorkflowJson(example);
		const [newApp] = outputOf(app, 'Create app');
		const platforms = newApp.platforms as Array<{
			os: string;
			access_keys: Array<{ key: string; secret: string }>;
		}>;
		table(
			'Create app: platforms with their access keys (the secret is shown only in this response)',
			platforms.map((platform) => ({
				app: `${String(newApp.name)} (${String(newApp.id)})`,
				os: platform.os,
				key: platform.access_keys[0]?.key,
				secret: `${platform.access_keys[0]?.secret.slice(0, 6)}…`,
			})),
			['app', 'os', 'key', 'secret'],
		);
		table('Configure Indicative on iOS', outputOf(app, 'Configure Indicative on iOS'), ['success']);
		table('Services of the iOS platform', outputOf(app, 'Check services of the iOS platform'), [
			'name',
			'account',
			'isActive',
		]);

		section('Workflow 5: the mParticle Trigger watching workspaces, polled twice with a change between');
		const watch = { resource: 'workspace' };
		const first = await engine.poll(watch);
		console.log(`  First poll: ${first.items?.length ?? 0} events (it records what exists)\n`);
		const workspace = emulator.store.workspaces.find((candidate) => candidate.id === 4303)!;
		workspace.name = `${workspace.name} (EU)`;
		emulator.store.workspaces.push({
			id: 4310,
			account_id: emulator.accountId,
			name: 'New market',
			created_on: workspace.created_on,
		});
		const second = await engine.poll(watch, { staticData: first.staticData });
		table(
			'Second poll, after the emulator renamed a workspace and added one',
			(second.items ?? []).map((event) => ({
				...event,
				name: (event.entity as IDataObject).name,
				changes: event.changes ? JSON.stringify(event.changes) : '',
			})),
			['event', 'resource', 'id', 'name', 'changes'],
		);

		const tokens = emulator.tokenRequests().length;
		console.log(
			`${emulator.apiRequests().length} API requests, ${tokens} token request${tokens === 1 ? '' : 's'}.`,
		);
	} finally {
		await emulator.close();
	}
}

function outputOf(run: IRun, node: string): IDataObject[] {
	const task = run.data.resultData.runData[node]?.[0];
	if (task?.error) throw task.error;
	return (task?.data?.main?.[0] ?? []).map((item) => item.json);
}

function section(title: string) {
	console.log(`== ${title}\n`);
}

function table(title: string, rows: IDataObject[], columns: string[]) {
	const widths = columns.map((column) =>
		Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length)),
	);
	const line = (cells: string[]) => `  ${cells.map((cell, index) => cell.padEnd(widths[index])).join('  ')}`;
	console.log(`${title} (${rows.length} item${rows.length === 1 ? '' : 's'})`);
	console.log(line(columns));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(columns.map((column) => String(row[column] ?? ''))));
	console.log('');
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});

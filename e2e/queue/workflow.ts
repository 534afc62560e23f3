import { triggeredWorkflow } from '../realN8n';

export const CREDENTIAL = { id: 'queuecredential01', name: 'mParticle emulator' };
export const WORKFLOW_ID = 'queueappget000001';
export const WEBHOOK_PATH = 'mparticle-queue-test';
/** The sample apps the emulator has; items alternate between them. */
const APP_IDS = [3001, 3002];

/**
 * Webhook → Split Out → "App: Get": each call gets one app per item of its body and answers with them all
 * (the last node's items), so the caller sees every item's outcome.
 */
export function appGetWorkflow() {
	return triggeredWorkflow(
		WORKFLOW_ID,
		'Queue mode: App Get over many items',
		[
			{
				name: 'One item per app',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				parameters: { fieldToSplitOut: 'body.apps', options: {} },
			},
			{
				name: 'Get app',
				type: 'n8n-nodes-mparticle.mParticleApp',
				typeVersion: 1,
				parameters: {
					resource: 'app',
					operation: 'get',
					appId: { __rl: true, mode: 'id', value: '={{ $json.appId }}' },
				},
				credentials: { mParticleApi: CREDENTIAL },
			},
		],
		{
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: '6f1c2c1e-3d5a-4c4e-9a53-8a1f0b7c2d10',
			parameters: {
				httpMethod: 'POST',
				path: WEBHOOK_PATH,
				responseMode: 'lastNode',
				responseData: 'allEntries',
				options: {},
			},
		},
	);
}

/** The body of one call: `count` items, each naming the app to get. */
export function callBody(count: number): { apps: Array<{ appId: number }> } {
	return { apps: Array.from({ length: count }, (_, index) => ({ appId: APP_IDS[index % APP_IDS.length] })) };
}

import { callBody } from './workflow';

const CALL_TIMEOUT_MS = 180_000;

/** One webhook call and what n8n answered: the last node's items, or why there are none. */
export interface Answer {
	requested: number[];
	items?: Array<Record<string, unknown>>;
	problem?: string;
}

/** Calls the workflow's webhook `calls` times at once, each with `items` items, and waits for every answer. */
export function callAtOnce(webhookUrl: string, calls: number, items: number): Promise<Answer[]> {
	return Promise.all(Array.from({ length: calls }, () => call(webhookUrl, items)));
}

async function call(webhookUrl: string, items: number): Promise<Answer> {
	const body = callBody(items);
	const requested = body.apps.map((app) => app.appId);
	try {
		const response = await fetch(webhookUrl, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
		});
		const text = await response.text();
		if (!response.ok) return { requested, problem: `HTTP ${response.status}: ${text.slice(0, 300)}` };
		const parsed = JSON.parse(text) as unknown;
		if (!Array.isArray(parsed)) return { requested, problem: `not a list of items: ${text.slice(0, 300)}` };
		return { requested, items: parsed as Array<Record<string, unknown>> };
	} catch (error) {
		return { requested, problem: (error as Error).message };
	}
}

import type { IDataObject, IRun } from 'n8n-workflow';

/** What each node of a run produced: its output items, or its error message. */
export type Outputs = Record<string, { items: IDataObject[]; error?: string }>;

export function outputsOf(run: IRun): Outputs {
	const outputs: Outputs = {};
	for (const [name, tasks] of Object.entries(run.data.resultData.runData)) {
		const task = tasks[tasks.length - 1];
		outputs[name] = {
			items: (task?.data?.main?.[0] ?? []).map((item) => item.json),
			error: task?.error?.message,
		};
	}
	return outputs;
}

type Check = (outputs: Outputs) => string[];

function node(
	outputs: Outputs,
	name: string,
	expectation: (items: IDataObject[]) => string | undefined,
): string[] {
	const output = outputs[name];
	if (!output) return [`${name}: did not run`];
	if (output.error) return [`${name}: failed with "${output.error}"`];
	const problem = expectation(output.items);
	return problem ? [`${name}: ${problem}`] : [];
}

const atLeast = (count: number) => (items: IDataObject[]) =>
	items.length >= count ? undefined : `expected at least ${count} items, got ${items.length}`;
const every = (test: (item: IDataObject) => boolean, what: string) => (items: IDataObject[]) =>
	items.length > 0 && items.every(test)
		? undefined
		: `expected every item to ${what}: ${JSON.stringify(items).slice(0, 300)}`;

/**
 * The outcome each example workflow must have against the emulator's sample data, checked both by the
 * test suite (n8n's engine in-process) and by the end-to-end run in a real n8n. Keyed by file name.
 */
export const exampleChecks: Partial<Record<string, Check>> = {};

export function defineCheck(
	file: string,
	...checks: Array<[string, (items: IDataObject[]) => string | undefined]>
) {
	exampleChecks[file] = (outputs) =>
		checks.flatMap(([name, expectation]) => node(outputs, name, expectation));
}

export { atLeast, every };

import type { Emulator } from '../../emulator/server';
import type { NodeShape } from './descriptions';
import type { Editor } from './editor';

export interface Context {
	editor: Editor;
	emulator: Emulator;
	/** The package's nodes as the editor should show them (from the built package). */
	nodes: NodeShape[];
}

/**
 * One group of checks that share what they set up in the browser, e.g. the credential dialog's three
 * cases. `run` reports each check by its id as soon as it knows the outcome (no problems: ok); a check it
 * did not report (because a step threw or the time ran out) fails with that reason.
 */
export interface CheckGroup {
	checks: Array<{ id: string; title: string }>;
	/** The most this group may take; every wait in the browser gives up once it has passed. */
	budgetMs: number;
	run(context: Context, report: (id: string, problems: string[]) => void): Promise<void>;
}

/**
 * Undoes what a test script started: steps run newest first, each once, each even when an earlier one
 * failed (a failure is printed, not thrown, so the rest still runs).
 */
export class Teardown {
	private readonly steps: Array<() => Promise<void> | void> = [];

	constructor(private readonly by: string) {}

	add(step: () => Promise<void> | void) {
		this.steps.push(step);
	}

	async run(): Promise<void> {
		for (const step of this.steps.splice(0).reverse()) {
			try {
				await step();
			} catch (error) {
				console.error(`${this.by}: cleanup failed: ${(error as Error).message}`);
			}
		}
	}
}

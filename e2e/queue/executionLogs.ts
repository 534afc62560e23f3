/** What n8n's queue-mode log lines (JSON, info level) say about executions, by execution ID. */

/** The executions a main process put on the queue ("Enqueued execution 12 (job 7)"). */
export function enqueuedExecutions(log: string): string[] {
	return matching(log, /^Enqueued execution (\d+) \(job/);
}

/** The executions a worker took from the queue and ran ("Worker started execution 12 (job 7)"). */
export function startedExecutions(log: string): string[] {
	return matching(log, /^Worker started execution (\d+) \(job/);
}

function matching(log: string, pattern: RegExp): string[] {
	return log
		.split('\n')
		.filter((line) => line.startsWith('{'))
		.map((line) => pattern.exec(String((JSON.parse(line) as { message?: unknown }).message ?? ''))?.[1])
		.filter((id): id is string => id !== undefined);
}

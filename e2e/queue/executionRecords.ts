import type { Postgres } from './postgres';

/** One of n8n's execution records in PostgreSQL. */
export interface ExecutionRecord {
	id: string;
	status: string;
	mode: string;
	/** The messages of the errors in the run's data (a failed run's reason). */
	errors: string[];
}

/** n8n's records of a workflow's executions, oldest first, with the error messages of those that failed. */
export async function executionRecords(postgres: Postgres, workflowId: string): Promise<ExecutionRecord[]> {
	const rows = await postgres.query(
		`SELECT id, status, mode FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
	);
	const records: ExecutionRecord[] = [];
	for (const row of rows) {
		const [id, status, mode] = row.split('|');
		const errors =
			status === 'success'
				? []
				: errorMessages(
						(await postgres.query(`SELECT data FROM execution_data WHERE "executionId" = ${Number(id)}`))[0],
					);
		records.push({ id, status, mode, errors });
	}
	return records;
}

/**
 * n8n stores a run's data in the `flatted` format: one JSON array in which every object and string is an
 * entry and references are indexes (as strings). An error is an object with `message` and `stack`.
 */
function errorMessages(flatted: string | undefined): string[] {
	if (!flatted) return [];
	const entries = JSON.parse(flatted) as unknown[];
	const messages = entries
		.filter((entry): entry is { message: string; stack: string } => {
			const candidate = entry as { message?: unknown; stack?: unknown } | null;
			return typeof candidate?.message === 'string' && typeof candidate.stack === 'string';
		})
		.map((error) => entries[Number(error.message)])
		.filter((message): message is string => typeof message === 'string');
	return [...new Set(messages)];
}

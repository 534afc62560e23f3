/** Network error codes of a request that was sent but not answered in time. */
export const TIMEOUT_CODES = ['ECONNABORTED', 'ETIMEDOUT'];

const CONNECTION_PROBLEMS: Record<string, string> = {
	ECONNRESET: 'the connection was dropped',
	EPIPE: 'the connection was dropped',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'the host could not be reached',
};

/**
 * A network error code in words, for error messages. The code itself belongs in the description: n8n
 * replaces a message that contains a network error code with a generic text that names no address.
 */
export function connectionProblem(code: string): string {
	if (TIMEOUT_CODES.includes(code)) return 'no answer in time';
	return CONNECTION_PROBLEMS[code] ?? 'the connection failed';
}

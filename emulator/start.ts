import { parseRateLimit } from './rateLimit';
import { startEmulator } from './server';

/** `npm start`: runs the emulator until Ctrl+C and prints what to enter in n8n's mParticle API credential. */
async function main() {
	const port = Number(process.env.EMULATOR_PORT ?? 8787);
	const rateLimit = parseRateLimit(process.env.EMULATOR_RATE_LIMIT);
	const emulator = await startEmulator({ port });
	emulator.rateLimit(rateLimit);
	console.log(`mParticle emulator listening on ${emulator.url}

Create an "mParticle API" credential in n8n with:
  Client ID         ${emulator.clientId}
  Client Secret     ${emulator.clientSecret}
  Account ID        ${emulator.accountId}
  Advanced Settings on
  API Base URL      ${emulator.url}
  Token URL         ${emulator.tokenUrl}
  Audience          ${emulator.audience}

${
	rateLimit
		? `Rate limit: ${rateLimit.perSecond} API requests per second, bursts of ${rateLimit.burst}; beyond that, 429 with Retry-After.`
		: 'No rate limit (EMULATOR_RATE_LIMIT="50,20" sets 50 API requests per second, bursts of 20).'
}

Press Ctrl+C to stop.`);
	const stop = () => void emulator.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exitCode = 1;
});

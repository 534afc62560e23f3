import { startEmulator } from './server';

/** `npm start`: runs the emulator until Ctrl+C and prints what to enter in n8n's mParticle API credential. */
async function main() {
	const port = Number(process.env.EMULATOR_PORT ?? 8787);
	const emulator = await startEmulator({ port });
	console.log(`mParticle emulator listening on ${emulator.url}

Create an "mParticle API" credential in n8n with:
  Client ID         ${emulator.clientId}
  Client Secret     ${emulator.clientSecret}
  Account ID        ${emulator.accountId}
  Advanced Settings on
  API Base URL      ${emulator.url}
  Token URL         ${emulator.tokenUrl}
  Audience          ${emulator.audience}

Press Ctrl+C to stop.`);
	const stop = () => void emulator.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();

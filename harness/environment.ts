import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Import this before n8n-core. n8n-core writes instance settings (an encryption key) under
// N8N_USER_FOLDER: keep them in a temporary folder, not in the user's ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-mparticle-'));
process.env.N8N_LOG_LEVEL ??= 'silent';
// n8n's HTTP client honours proxy variables even for 127.0.0.1; the emulator (and a test's other host, 127.0.0.2) is always local.
process.env.NO_PROXY = '127.0.0.1,127.0.0.2,localhost';
process.env.no_proxy = '127.0.0.1,127.0.0.2,localhost';

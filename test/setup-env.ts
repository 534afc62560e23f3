import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes its instance settings under N8N_USER_FOLDER: keep them out of the real home folder.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-mparticle-test-'));
process.env.N8N_LOG_LEVEL = 'silent';
// n8n's HTTP client honours proxy variables even for 127.0.0.1; the emulator is always local.
process.env.NO_PROXY = '127.0.0.1,localhost';
process.env.no_proxy = '127.0.0.1,localhost';

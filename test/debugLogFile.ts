import { join } from 'node:path';

/*
 * Imported by test/secrets.test.ts right after ./debugLogging, before n8n-core builds its Logger (the first
 * time anything asks n8n's DI container for one: when the harness loads the package). The Logger reads
 * @n8n/config's GlobalConfig then, which reads N8N_LOG_* from process.env; jest gives every test file its
 * own process.env, so this applies to that file only.
 *
 * n8n writes its debug log to a file there instead of the console. n8n-core writes some lines (node errors
 * through its ErrorReporter, the package loader's) with the Logger itself, not through n8n-workflow's
 * LoggerProxy, and winston's Console transport keeps the console.log it found when it was built: a console
 * spy installed later sees none of them, while jest prints every one. The file holds every line n8n
 * writes, with its metadata, as JSON; secrets.test.ts reads it back.
 */
const folder = process.env.N8N_USER_FOLDER;
if (!folder) throw new Error('N8N_USER_FOLDER is not set: test/setup-env.ts sets it (jest setupFiles)');

export const LOG_FILE = join(folder, 'n8n-debug.log');
process.env.N8N_LOG_OUTPUT = 'file';
process.env.N8N_LOG_FILE_LOCATION = LOG_FILE;

// Imported first by test/secrets.test.ts, before n8n-core reads its settings: n8n logs at debug level in
// that file only (jest gives every test file its own process.env).
process.env.N8N_LOG_LEVEL = 'debug';

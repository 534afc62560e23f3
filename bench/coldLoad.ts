/* eslint-disable @typescript-eslint/no-require-imports -- this script measures require() itself */
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';

/**
 * Cold load of the package in a fresh process: first n8n-workflow (which n8n has loaded anyway),
 * then the credential and every node module listed in package.json, as n8n's loader requires them.
 * Prints one JSON line: { workflowMs, packageMs, files }.
 */
// Nothing else is imported: this process must start with no n8n module loaded. Compiled into .dev/bench/.
const PACKAGE_ROOT = join(__dirname, '..', '..');
const manifest = require(join(PACKAGE_ROOT, 'package.json')) as {
	n8n: { credentials: string[]; nodes: string[] };
};
let started = performance.now();
require('n8n-workflow');
const workflowMs = performance.now() - started;
const files = [...manifest.n8n.credentials, ...manifest.n8n.nodes];
started = performance.now();
for (const file of files) {
	// n8n instantiates the class exported under the file's base name, e.g. MParticleApp from MParticleApp.node.js.
	const className = file.split('/').pop()!.split('.')[0];
	const exported = require(join(PACKAGE_ROOT, file)) as Record<string, new () => object>;
	new exported[className]();
}
const packageMs = performance.now() - started;
console.log(JSON.stringify({ workflowMs, packageMs, files: files.length }));

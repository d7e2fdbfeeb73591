import { fileURLToPath } from 'node:url';
import { loadBundle, recordingCodeCache } from './bundle-loader.js';

/**
 * Batch worker entry (tinypool imports it; src/batch/pool.ts picks it when the workers' bundle
 * dist/newsfacts-worker.cjs is fresh): the bundle with its V8 code cache, like the CLI's.
 */
const { exports, writeCodeCache } = loadBundle(fileURLToPath(new URL('../dist/newsfacts-worker.cjs', import.meta.url)));
const run = exports.default;
let tasks = 0;

export default function (task) {
  const out = run(task);
  // A worker thread may be terminated without an exit event: record after its first tasks.
  if (recordingCodeCache('worker') && ++tasks === 2) writeCodeCache();
  return out;
}

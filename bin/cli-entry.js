import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from '../dist/fresh-bundle.js';
import { loadBundle, recordingCodeCache } from './bundle-loader.js';

/**
 * How bin/newsfacts.js runs the compiled CLI: the one-file bundle dist/newsfacts.cjs with its
 * V8 code cache (scripts/bundle.mjs, bundle-loader.js; a faster cold start) when the bundle is
 * newer than every compiled file of dist/, else dist/cli/run.js module by module. A `tsc` run
 * after the bundle makes it stale, so it can never run old code. (The check is src/fresh-bundle.ts,
 * shared with the batch pool, which makes it for the workers' bundle.)
 */
const BUNDLE = fileURLToPath(new URL('../dist/newsfacts.cjs', import.meta.url));

export async function runCli() {
  if (!bundleIsFresh('newsfacts.cjs')) {
    await import('../dist/cli/run.js');
    return;
  }
  const { writeCodeCache } = loadBundle(BUNDLE);
  if (recordingCodeCache('cli')) process.on('exit', writeCodeCache);
}

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle, recordingCodeCache } from './bundle-loader.js';

/**
 * How bin/newsfacts.js runs the compiled CLI: the one-file bundle dist/newsfacts.cjs with its
 * V8 code cache (scripts/bundle.mjs, bundle-loader.js; a faster cold start) when the bundle is
 * newer than every compiled file of dist/, else dist/cli/run.js module by module. A `tsc` run
 * after the bundle makes it stale, so it can never run old code. (src/fresh-bundle.ts makes
 * the same check for the workers' bundle.)
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const BUNDLE = join(dist, 'newsfacts.cjs');

function newestCompiled(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestCompiled(path));
    else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(BUNDLE).mtimeMs >= newestCompiled(dist);
  } catch {
    return false;
  }
}

export async function runCli() {
  if (!bundleIsFresh()) {
    await import('../dist/cli/run.js');
    return;
  }
  const { writeCodeCache } = loadBundle(BUNDLE);
  if (recordingCodeCache('cli')) process.on('exit', writeCodeCache);
}

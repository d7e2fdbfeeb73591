import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which compiled CLI bin/newsfacts.js runs: the one-file bundle dist/newsfacts.mjs (faster
 * start, scripts/bundle.mjs) when it is newer than every compiled file of dist/, else
 * dist/cli/run.js. A `tsc` run after the bundle makes it stale, so it can never run old code.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const BUNDLE = 'newsfacts.mjs';

function newestCompiled(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestCompiled(path));
    else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function cliEntry() {
  let bundled = 0;
  try {
    bundled = statSync(join(dist, BUNDLE)).mtimeMs;
  } catch {
    return '../dist/cli/run.js';
  }
  return bundled >= newestCompiled(dist) ? `../dist/${BUNDLE}` : '../dist/cli/run.js';
}

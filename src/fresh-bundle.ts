import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/ (this file compiles to dist/fresh-bundle.js). No other import: bin/cli-entry.js loads it first. */
const DIST = fileURLToPath(new URL('.', import.meta.url));

/**
 * Whether `bundle` (a file of dist/ written by scripts/bundle.mjs) is newer than every compiled
 * file of dist/. A `tsc` run after the bundle makes it stale, so a stale bundle never runs.
 * Used by bin/cli-entry.js for the CLI's bundle and by the batch pool for the workers'.
 */
export function bundleIsFresh(bundle: string): boolean {
  try {
    return statSync(join(DIST, bundle)).mtimeMs >= newestCompiled(DIST);
  } catch {
    return false;
  }
}

function newestCompiled(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestCompiled(path));
    else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

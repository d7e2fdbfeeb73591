import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from './data-files.js';

/**
 * Whether `bundle` (a file of dist/ written by scripts/bundle.mjs) is newer than every compiled
 * file of dist/. A `tsc` run after the bundle makes it stale, so a stale bundle never runs.
 * (bin/cli-entry.js, which runs before any of this is loaded, makes the same check for the
 * CLI's bundle.)
 */
export function bundleIsFresh(bundle: string): boolean {
  const dist = packagePath('dist');
  try {
    return statSync(join(dist, bundle)).mtimeMs >= newestCompiled(dist);
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

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { globMatcher } from './glob.js';

/** Files under `dir` (recursive) whose path matches `glob`, sorted by code unit at every level. */
export async function* walkFolder(dir: string, glob: string): AsyncGenerator<string> {
  const matches = globMatcher(glob);
  async function* walk(abs: string, rel: string): AsyncGenerator<string> {
    const entries = await readdir(abs, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const childAbs = join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) yield* walk(childAbs, childRel);
      else if (entry.isFile() && matches(childRel)) yield childAbs;
    }
  }
  yield* walk(dir, '');
}

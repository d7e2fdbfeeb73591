import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../data-files.js';

let memo: string | null = null;

/**
 * The extractor version for cache keys: a hash of the package version, the compiled code and
 * the data files (models, lexicons). Any change to them invalidates every cached record.
 */
export function extractorFingerprint(): string {
  if (memo) return memo;
  const root = packagePath('');
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'package.json')));
  for (const dir of ['dist', 'data']) {
    for (const file of listFiles(join(root, dir))) {
      hash.update(file.slice(root.length));
      hash.update(readFileSync(file));
    }
  }
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const names = entries.map((e) => e.name).sort();
  const out: string[] = [];
  for (const name of names) {
    const entry = entries.find((e) => e.name === name)!;
    const path = join(dir, name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && !name.endsWith('.d.ts') && !name.endsWith('.cache')) out.push(path); // V8's code cache (bin/cli-entry.js) is no code
  }
  return out;
}

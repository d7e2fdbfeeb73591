import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJsonTables } from './text/lookup-table.js';

/** Absolute path of a file in the package's `data/` folder (same depth from src/ and dist/). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

/**
 * Absolute path of a file of the package (relative to its root; '' gives the root with a
 * trailing slash). Resolved from this module, which sits one level below the root in src/,
 * dist/ and the one-file bundle dist/newsfacts.mjs alike (scripts/bundle.mjs).
 */
export function packagePath(rel: string): string {
  return fileURLToPath(new URL(`../${rel}`, import.meta.url));
}

const cache = new Map<string, unknown>();

/** Reads and parses a JSON data file once per process; its objects have no prototype (keys are words). */
export function loadJsonData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, parseJsonTables(readFileSync(dataPath(name), 'utf8')));
  return cache.get(name) as T;
}

/** Reads a text data file once per process. */
export function loadTextData(name: string): string {
  const key = `text:${name}`;
  if (!cache.has(key)) cache.set(key, readFileSync(dataPath(name), 'utf8'));
  return cache.get(key) as string;
}

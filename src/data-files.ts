import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in the package's `data/` folder (same depth from src/ and dist/). */
export function dataPath(name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.url));
}

const cache = new Map<string, unknown>();

/** Reads and parses a JSON data file once per process. */
export function loadJsonData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(dataPath(name), 'utf8')));
  return cache.get(name) as T;
}

/** Reads a text data file once per process. */
export function loadTextData(name: string): string {
  const key = `text:${name}`;
  if (!cache.has(key)) cache.set(key, readFileSync(dataPath(name), 'utf8'));
  return cache.get(key) as string;
}

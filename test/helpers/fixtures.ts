import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
export const EXPECTED_DIR = fileURLToPath(new URL('../../fixtures/expected/', import.meta.url));

export interface Seed {
  name: string;
  path: string;
  text: string;
}

/** The seed articles in fixtures/seeds, sorted by name. */
export function seeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), path: SEEDS_DIR + f, text: readFileSync(SEEDS_DIR + f, 'utf8') }));
}

/** Every `{start, end, text}` object anywhere in a record, with its JSON path. */
export function collectSpans(value: unknown, path = '$', out: { path: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      out.push({ path, start: o.start, end: o.end, text: o.text });
    }
    for (const [k, v] of Object.entries(o)) collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}

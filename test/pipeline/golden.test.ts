import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract.js';
import { EXPECTED_DIR, seeds } from '../helpers/fixtures.js';

// Golden records, reviewed by hand; refresh with `npm run fixtures:update` and review the diff.
describe('golden article records', () => {
  it.each(seeds().map((s) => [s.name, s] as const))('%s', (name, seed) => {
    const expected = JSON.parse(readFileSync(`${EXPECTED_DIR}${name}.json`, 'utf8'));
    const actual = extractText(seed.text, { path: relative(process.cwd(), seed.path), encoding: 'utf-8' });
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreementsOf } from './helpers.js';

const CASES = readFileSync(new URL('./negative-cases.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('agreements: negative cases', () => {
  it.each(CASES)('no agreement in: %s', (text) => {
    expect(agreementsOf(text).map((a) => `${a.status}: ${a.action}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { chunked } from '../../src/batch/chunks.js';

async function* letters(s: string) {
  yield* s;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of source) out.push(v);
  return out;
}

describe('chunked', () => {
  it('starts with small groups so short inputs still spread, then caps the group size', async () => {
    expect(await collect(chunked(letters('abcdefghijklmnopqrstu'), 4))).toEqual(['a', 'bc', 'defg', 'hijk', 'lmno', 'pqrs', 'tu'].map((s) => [...s]));
  });

  it('keeps every item in order and yields nothing for an empty stream', async () => {
    expect((await collect(chunked(letters('abc'), 8))).flat().join('')).toBe('abc');
    expect(await collect(chunked(letters(''), 8))).toEqual([]);
  });
});

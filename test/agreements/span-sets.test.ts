import { describe, expect, it } from 'vitest';
import { heldByLonger, SpanCover } from '../../src/agreements/span-sets.js';

/** A small LCG: the same cases on every run. */
function rng(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('span sets answer as the plain scans do', () => {
  it('SpanCover.overlaps = spans.some(overlap), empty and inverted spans included', () => {
    const next = rng(7);
    for (let round = 0; round < 300; round++) {
      const length = 40;
      const cover = new SpanCover(length);
      const spans: { start: number; end: number }[] = [];
      for (let i = 0; i < 8; i++) {
        const s = Math.floor(next() * length);
        const span = { start: s, end: Math.min(length, s + Math.floor(next() * 8) - (next() < 0.1 ? 2 : 0)) };
        if (next() < 0.5) {
          cover.add(span);
          spans.push(span);
        }
        for (let q = 0; q < 10; q++) {
          const a = Math.floor(next() * length);
          const b = Math.min(length, a + Math.floor(next() * 9) - 1);
          expect(cover.overlaps(a, b)).toBe(spans.some((m) => m.start < b && a < m.end));
        }
      }
    }
  });

  it('heldByLonger = some(longer span holding it) over sorted spans that do not overlap', () => {
    const next = rng(11);
    for (let round = 0; round < 300; round++) {
      const sorted: { start: number; end: number }[] = [];
      for (let at = Math.floor(next() * 4); at < 60; ) {
        const end = at + 2 + Math.floor(next() * 6);
        sorted.push({ start: at, end });
        at = end + Math.floor(next() * 4);
      }
      for (let q = 0; q < 40; q++) {
        const s = Math.floor(next() * 64);
        const e = s + Math.floor(next() * 9) - 2;
        expect(heldByLonger(sorted, s, e)).toBe(sorted.some((l) => l.start <= s && e <= l.end && l.end - l.start > e - s));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/batch/ordered.js';

async function* numbers(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

describe('mapOrdered', () => {
  it('keeps input order when later items finish first, with a bounded window', async () => {
    let inFlight = 0;
    let peak = 0;
    const out: number[] = [];
    for await (const v of mapOrdered(numbers(20), 3, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, (20 - i) % 5));
      inFlight--;
      return i * 10;
    })) out.push(v);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(peak).toBeLessThanOrEqual(3);
  });
});

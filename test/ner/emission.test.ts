import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../src/ner/tagger.js';

describe('emission sums', () => {
  it('are exact for the shipped model, so the order of the additions cannot change a label', () => {
    // emission.ts relies on it: each weight is an integer multiple of one unit per pass and
    // small enough that float64 sums of fewer than 2^14 weights never round.
    for (const { weights } of loadNerModel().passes) {
      let min = Infinity;
      for (const w of weights) if (w !== 0) min = Math.min(min, Math.abs(w));
      const unit = 2 ** (Math.floor(Math.log2(min)) - 23);
      let offGrid = 0;
      let maxUnits = 0;
      for (const w of weights) {
        if (!Number.isInteger(w / unit)) offGrid++;
        maxUnits = Math.max(maxUnits, Math.abs(w / unit));
      }
      expect(offGrid).toBe(0);
      expect(maxUnits * 2 ** 14).toBeLessThan(2 ** 53);
    }
  });
});

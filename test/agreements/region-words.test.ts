import { describe, expect, it } from 'vitest';
import { words, wordsOfSlice } from '../../src/agreements/region-words.js';

// Words, capitals, marks, digits, apostrophes, whitespace and a letter outside the BMP (𝐀, a surrogate pair).
const PIECES = ['Minister', 'met', 'U.S.', "China's", 'x', 'É', 'e\u0301', '42', '’s', '-', ',', ' ', '  ', '\n', '\u00a0', '𝐀', '𝐀b', '😀', '.'];

describe('region words read in place = words of the slice', () => {
  it('agrees on every region of generated texts', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let j = 0; j < 12; j++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (let q = 0; q < 12; q++) {
        const from = Math.floor(next() * (text.length + 1));
        const to = from + Math.floor(next() * (text.length - from + 2));
        expect(words(text, from, to)).toEqual(wordsOfSlice(text, from, to));
      }
    }
  });
});

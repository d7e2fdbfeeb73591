import { describe, expect, it } from 'vitest';
import { withoutTrailingConjunction, withoutTrailingPunctuation, withoutTrailingWords } from '../../src/agreements/trailing.js';

// Pieces that meet at the edges the patterns care about: words, their look-alikes, separators.
const PIECES = ['and', 'AND', 'And', 'band', 'or', 'for', 'FOR', 'but', 'while', 'awhile', 'by', 'in', 'within', 'on', 'at', 'that', 'from', 'of', 'with', 'until', 'before',
  'to', 'the', 'a', 'an', 'x', 'K', 'é', 'İ', '\u212a', ' ', '  ', '\n', '\u00a0', '\t', ',', ';', ':', '.', '-', '–', '—'];

/** Deterministic strings built from the pieces (a small LCG: the same cases on every run). */
function samples(n: number): string[] {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [''];
  for (let i = 0; i < n; i++) {
    const len = 1 + Math.floor(next() * 10);
    let s = '';
    for (let j = 0; j < len; j++) s += PIECES[Math.floor(next() * PIECES.length)];
    out.push(s);
  }
  return out;
}

const PREPOSITIONS = ['by', 'in', 'on', 'at', 'from', 'for', 'of', 'with', 'until', 'before'];
const FUNCTION_WORDS = ['from', 'in', 'on', 'by', 'at', 'to', 'for', 'of', 'with', 'and', 'or', 'the', 'a', 'an'];

describe('trailing cuts equal their RegExps', () => {
  const cases = samples(20000);

  it('withoutTrailingWords', () => {
    for (const s of cases) {
      expect(withoutTrailingWords(s, s.length, PREPOSITIONS), JSON.stringify(s)).toBe(s.replace(/(?:\s+(?:by|in|on|at|from|for|of|with|until|before))+$/i, '').length);
      expect(withoutTrailingWords(s, s.length, FUNCTION_WORDS), JSON.stringify(s)).toBe(s.replace(/(?:\s+(?:from|in|on|by|at|to|for|of|with|and|or|the|a|an))+$/i, '').length);
    }
  });

  it('withoutTrailingConjunction', () => {
    for (const s of cases) expect(withoutTrailingConjunction(s, s.length), JSON.stringify(s)).toBe(s.replace(/(?:[\s,;:]+(?:and|but|while|or))?[\s,;:]*$/i, '').length);
  });

  it('withoutTrailingPunctuation', () => {
    for (const s of cases) expect(withoutTrailingPunctuation(s, s.length), JSON.stringify(s)).toBe(s.replace(/[\s,;:.–—-]+$/, '').length);
  });

  it('reads only text[0, end)', () => {
    const s = 'signed a deal with Kenya and, the rest';
    const end = s.indexOf(', the');
    expect(withoutTrailingConjunction(s, end + 1)).toBe(s.slice(0, end + 1).replace(/(?:[\s,;:]+(?:and|but|while|or))?[\s,;:]*$/i, '').length);
  });
});

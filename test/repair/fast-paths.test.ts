import { describe, expect, it } from 'vitest';
import { countWords, lazyDocWords } from '../../src/input/repair/doc-words.js';
import { memoCuts } from '../../src/input/repair/cut-memo.js';
import { WordTable } from '../../src/input/repair/word-table.js';
import type { DocWords } from '../../src/input/repair/word-split.js';

// The speed-ups of the glued-words repair must answer exactly what the plain versions answer.

const TEXT = [
  "Minister O'Brien's aide met O'Brien and Sharif's team; Sharif’s deputy spoke.",
  'Talks in Doha: DohaTalks resumed, don\'t stop, d\'Artagnan\'s café and l’été.',
  'Sharif Sharif  Sharif\tmet ISLAMABAD officials 𝐀𝐁c\'s rock-star x\'y\'z ’s.',
].join('\n');

describe('lazyDocWords (answers by searching the text)', () => {
  const words = [...new Set(TEXT.match(/[\p{L}'’]+/gu) ?? [])].concat(['', 'Shar', 'harif', "O'", 'café', 'zzz']);
  it.each(words)('count(%j) matches counting every word', (w) => {
    expect(lazyDocWords(TEXT).count(w)).toBe(countWords(TEXT).count(w));
  });
  it('answers bigrams as the counted words do', () => {
    const runs = TEXT.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
    for (let k = 1; k < runs.length; k++) {
      expect(lazyDocWords(TEXT).hasBigram(runs[k - 1], runs[k])).toBe(countWords(TEXT).hasBigram(runs[k - 1], runs[k]));
      expect(lazyDocWords(TEXT).hasBigram(runs[k], runs[k - 1])).toBe(countWords(TEXT).hasBigram(runs[k], runs[k - 1]));
    }
  });
  it('stays right after switching to counting (many questions)', () => {
    const lazy = lazyDocWords(TEXT);
    const full = countWords(TEXT);
    for (let round = 0; round < 3; round++) for (const w of words) expect(lazy.count(w)).toBe(full.count(w));
  });
});

describe('memoCuts (reuses cuts only when the document answers alike)', () => {
  const doc = (counts: Record<string, number>): DocWords => ({ count: (w) => counts[w] ?? 0, hasBigram: () => false });
  it('recomputes when an answer differs, reuses when all agree', () => {
    let runs = 0;
    const rule = (words: DocWords) => {
      runs++;
      return words.count('Sharif') > 1 ? [] : [6];
    };
    const key = `test-memo-${Math.random()}`;
    expect(memoCuts(key, doc({ Sharif: 0 }), rule)).toEqual([6]);
    expect(memoCuts(key, doc({ Sharif: 0 }), rule)).toEqual([6]);
    expect(runs).toBe(1);
    expect(memoCuts(key, doc({ Sharif: 3 }), rule)).toEqual([]);
    expect(runs).toBe(2);
  });
  it('never asks the document when the rule did not', () => {
    const key = `test-memo-${Math.random()}`;
    memoCuts(key, doc({}), () => [1]);
    const asked: string[] = [];
    const spy: DocWords = { count: (w) => (asked.push(w), 0), hasBigram: () => false };
    expect(memoCuts(key, spy, () => [2])).toEqual([1]);
    expect(asked).toEqual([]);
  });
});

describe('WordTable (ranks from a one-word-a-line list)', () => {
  const table = new WordTable('the\nof\n\n  and \nof\nThe\nx y\n');
  it.each([
    ['the', 1],
    ['of', 2],
    ['and', 4], // trimmed; the blank line still counts as a line
    ['The', 6],
    ['x y', 7],
    ['', 0],
    ['missing', 0],
  ])('rank(%j) = %i', (word, rank) => {
    expect(table.rank(word)).toBe(rank);
  });
  it('keeps the first rank of a repeated word and folds A-Z on request', () => {
    expect(table.rank('of')).toBe(2);
    expect(table.rank('AND', true)).toBe(4);
    expect(table.rank('AND')).toBe(0);
  });
});

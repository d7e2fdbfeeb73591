import { describe, expect, it } from 'vitest';
import { isKnownWord, wordRank } from '../../src/input/repair/word-frequency.js';
import { segmentWord } from '../../src/input/repair/segment.js';

describe('word frequency list (data/words)', () => {
  it('ranks the most frequent words first', () => {
    expect(wordRank('the')).toBe(1);
    expect(wordRank('government')).toBeLessThan(1000);
    expect(wordRank('significantagreement')).toBe(Infinity);
  });
  it('knows rare real words and news names, not glued junk', () => {
    for (const w of ['counternarcotics', 'foolproof', 'Islamabad', 'policymakers', 'newborn', 'therein', 'Chargé']) expect(isKnownWord(w)).toBe(true);
    for (const w of ['inthe', 'fromthe', 'theworld', 'lawenforcement']) expect(isKnownWord(w)).toBe(false);
  });
});

describe('segmentWord', () => {
  it.each([
    ['significantagreement', ['significant', 'agreement']],
    ['atpreventing', ['at', 'preventing']],
    ['thathave', ['that', 'have']],
    ['oncyberattack', ['on', 'cyberattack']],
    ['xqzvbn', null],
    ['naqvi', null],
  ])('%s', (word, parts) => {
    expect(segmentWord(word)).toEqual(parts);
  });
});

describe('glue lexicon (data/words/glue-lexicon.json)', () => {
  it('loads every set, non-empty, lower-case except abbreviations', async () => {
    const { glueLexicon } = await import('../../src/input/repair/glue-lexicon.js');
    const lex = glueLexicon();
    const keys = Object.keys(lex);
    expect(keys.length).toBeGreaterThanOrEqual(11);
    for (const key of keys) {
      const set = lex[key as keyof typeof lex];
      expect(set.size).toBeGreaterThan(0);
      if (key !== 'abbreviations') for (const w of set) expect(w).toBe(w.toLowerCase());
    }
    expect(lex.englishFunctionWords.has('the')).toBe(true);
    expect(lex.nameEndings.has('ville')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { caseClass, lowerKey, normToken, shape, shortShape } from '../../src/ner/word.js';

describe('word helpers', () => {
  it.each([
    ['Naqvi', 'Xxxxx', 'Xx', 'init'],
    ['ISLAMABAD', 'XXXXXXXXX', 'X', 'caps'],
    ['2,001', 'd,ddd', 'd,d', 'num'],
    ['McDonald', 'XxXxxxxx', 'XxXx', 'mixed'],
    ['police', 'xxxxxx', 'x', 'lower'],
    [',', ',', ',', 'punct'],
  ])('%s → shape %s, short %s, class %s', (tok, long, short, cls) => {
    expect(shape(tok)).toBe(long);
    expect(shortShape(tok)).toBe(short);
    expect(caseClass(tok)).toBe(cls);
  });

  it('folds typography and initialisms', () => {
    expect(normToken('“')).toBe('"');
    expect(normToken('Pakistan’s')).toBe("Pakistan's");
    expect(normToken('U.S.')).toBe('US');
    expect(lowerKey('May 2025')).toBe('may 0000');
  });
});

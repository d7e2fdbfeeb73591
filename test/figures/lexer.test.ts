import { describe, expect, it } from 'vitest';
import { lex } from '../../src/figures/lexer.js';

// The figures lexer's fast path (plain words, digit runs, marks) must give what its regex gives:
// spaced thousands, decimals, exponents, e-mails and URLs still go to the regex.
describe('figures lexer: fast path and regex agree', () => {
  it.each([
    ["Mail john.smith@example.com or see https://example.com/a, www.example.org now.", ["word:Mail","skip:john.smith@example.com","word:or","word:see","skip:https://example.com/a,","skip:www.example.org","word:now","sym:."]],
    ["He said: http is old; https: too.", ["word:He","word:said","sym::","word:http","word:is","word:old","sym:;","word:https","sym::","word:too","sym:."]],
    ["The U.S. and Mr. Khan met Dr. Lee at 10:30.", ["word:The","word:U","sym:.","word:S","sym:.","word:and","word:Mr","sym:.","word:Khan","word:met","word:Dr","sym:.","word:Lee","word:at","num:10","sym::","num:30","sym:."]],
    ["Pakistan's rock-star don't café 5th 3bn 2,001 12.797.", ["word:Pakistan's","word:rock","sym:-","word:star","word:don't","word:café","num:5","word:th","num:3","word:bn","num:2,001","num:12.797","sym:."]],
    ["Prices (Rs500) rose 40 000 units, 1 234 567 people; 40 000 total.", ["word:Prices","sym:(","word:Rs","num:500","sym:)","word:rose","num:40 000","word:units","sym:,","num:1 234 567","word:people","sym:;","num:40 000","word:total","sym:."]],
    ["“Quoted,” she said — fine? Yes! [ok] {x} 50% $5 €3 £2 ¥1.", ["sym:“","word:Quoted","sym:,","sym:”","word:she","word:said","sym:—","word:fine","sym:?","word:Yes","sym:!","sym:[","word:ok","sym:]","sym:{","word:x","sym:}","num:50","sym:%","sym:$","num:5","sym:€","num:3","sym:£","num:2","sym:¥","num:1","sym:."]],
    ["1.3e6 and 2E3 and ½ cup; .5 inch; a_b x+y", ["num:1.3e6","word:and","num:2E3","word:and","frac:½","word:cup","sym:;","num:.5","word:inch","sym:;","word:a","sym:_","word:b","word:x","sym:+","word:y"]],
  ])('%s', (text, tokens) => {
    expect(lex(text).map((t) => `${t.k}:${t.t}`)).toEqual(tokens);
  });
  it('keeps text offsets for a stretch and lower-cases with straight apostrophes', () => {
    const text = 'Intro. Pakistan’s 40 000 TONS.';
    const toks = lex(text, 7, text.length);
    for (const t of toks) expect(text.slice(t.s, t.e)).toBe(t.t);
    expect(toks.map((t) => t.l)).toEqual(["pakistan's", '40 000', 'tons', '.']);
  });
});

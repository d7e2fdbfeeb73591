import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';

// Plain words, numbers and marks take a fast path; everything that may extend them (e-mails, URLs,
// initialisms, abbreviations, clitics, hyphens, decimals, times) must still reach the regex.
describe('tokenize: fast path and regex agree', () => {
  it.each([
    ["Mail john.smith@example.com or see https://example.com/a, www.example.org now.", ["Mail","john.smith@example.com","or","see","https://example.com/a,","www.example.org","now","."]],
    ["He said: http is old; https: too.", ["He","said",":","http","is","old",";","https",":","too","."]],
    ["The U.S. and Mr. Khan met Dr. Lee at 10:30.", ["The","U.S.","and","Mr.","Khan","met","Dr.","Lee","at","10:30","."]],
    ["Pakistan's rock-star don't café 5th 3bn 2,001 12.797.", ["Pakistan","'s","rock-star","don't","café","5th","3bn","2,001","12.797","."]],
    ["Prices (Rs500) rose 40 000 units, 1 234 567 people; 40 000 total.", ["Prices","(","Rs500",")","rose","40","000","units",",","1","234","567","people",";","40","000","total","."]],
    ["“Quoted,” she said — fine? Yes! [ok] {x} 50% $5 €3 £2 ¥1.", ["“","Quoted",",","”","she","said","—","fine","?","Yes","!","[","ok","]","{","x","}","50","%","$","5","€","3","£","2","¥","1","."]],
    ["1.3e6 and 2E3 and ½ cup; .5 inch; a_b x+y", ["1.3e","6","and","2E","3","and","½","cup",";",".","5","inch",";","a","_","b","x","+","y"]],
  ])('%s', (text, tokens) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(tokens);
  });
  it('keeps offsets into the text and honours from/to', () => {
    const text = 'Mr. Khan paid Rs500, said he.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text, 4, 13).map((t) => t.text)).toEqual(['Khan', 'paid']);
  });
});

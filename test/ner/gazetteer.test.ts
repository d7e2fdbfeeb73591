import { describe, expect, it } from 'vitest';
import { buildGazetteer, gazetteerTags, loadGazetteer, parseList } from '../../src/ner/gazetteer.js';

describe('gazetteer', () => {
  it('parses lists with comments, phrase or word per entry', () => {
    expect(parseList('# c\nNew York\n\nLagos # city\n')).toEqual(['New York', 'Lagos']);
    expect(parseList('Amina Okafor\nJohn', true)).toEqual(['Amina', 'Okafor', 'John']);
  });

  it('marks the longest match per category, case-insensitively', () => {
    const gaz = buildGazetteer({ place: ['Khyber Pakhtunkhwa', 'Khyber'], given: ['Habib'] });
    const tags = gazetteerTags(gaz, ['in', 'KHYBER', 'Pakhtunkhwa', ',', 'Habib', 'said']);
    expect(tags).toEqual([[], ['place:B'], ['place:I'], [], ['given:U'], []]);
  });

  it('ships lists across regions and kinds', () => {
    const gaz = loadGazetteer();
    const has = (phrase: string, bitName: string) => gazetteerTags(gaz, phrase.split(' ')).flat().some((t) => t.startsWith(bitName));
    for (const p of ['Balochistan', 'Khyber Pakhtunkhwa', 'Sindh', 'Punjab', 'Nairobi', 'Addis Ababa']) expect(has(p, 'place:'), p).toBe(true);
    for (const o of ['Reuters', 'APP', 'AFP', 'Dawn', 'Dunya News']) expect(has(o, 'outlet:'), o).toBe(true);
    for (const h of ['Ministry', 'Agency', 'Force', 'Bank', 'Commission', 'Authority', 'Council']) expect(has(h, 'orghead:'), h).toBe(true);
    for (const g of ['Mohsin', 'Fizza', 'Chinedu', 'Wanjiru', 'Jinping', 'Natalie']) expect(has(g, 'given:'), g).toBe(true);
    for (const s of ['Naqvi', 'Okonkwo', 'Mwangi', 'Nakamura', 'Fowler']) expect(has(s, 'surname:'), s).toBe(true);
    expect(has('Pakistan', 'country:')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { nameRelation, parseName } from '../../src/reconcile/names.js';
import { editDistance, nameKey } from '../../src/reconcile/fold.js';
import { groupPersons, personRefs } from '../../src/reconcile/person-refs.js';
import { prepareInputs } from '../../src/reconcile/input.js';
import { article } from './build.js';

const rel = (a: string, b: string) => nameRelation(parseName(a)!, parseName(b)!);

describe('person names', () => {
  it.each([
    ['Mohsin Naqvi', 'Mohin Naqvi', 'typo'],
    ['Mohsin Naqvi', 'Mohsin Naqvi', 'same'],
    ['Mr Mohsin Naqvi', 'mohsin NAQVI', 'same'],
    ['José Ramos-Horta', 'Jose Ramos-Horta', 'same'],
    ['Dr. Ayesha Siddiqa', 'Ayesha Siddiqa', 'same'],
    ['M. Naqvi', 'Mohsin Naqvi', 'variant'],
    ['Syed Mohsin Raza Naqvi', 'Mohsin Naqvi', 'variant'],
    ['Naqvi', 'Mohsin Naqvi', 'surname-only'],
    ['Ms Baker', 'Natalie Baker', 'surname-only'],
    ['Ambassador Natalie Baker', 'Natalie Baker', 'same'],
    ['Martin Luther King Jr.', 'Martin Luther King', 'same'],
    ['Mohammed bin Salman', 'Muhammad bin Salman', 'variant'],
    ['Mohamed Ould Ghazouani', 'Mohammed Ould Ghazouani', 'variant'],
    ['Hasan Ali', 'Hassan Ali', 'variant'],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(rel(a, b)).toBe(expected);
  });

  it.each([
    // Never merge on whole-name similarity alone: a different surname is another person.
    ['Neil Fowler', 'Neil Fowles'],
    ['Ali Khan', 'Ali Kahn'],
    // Short given names one edit apart are different names, not typos.
    ['Ali Khan', 'Ari Khan'],
    ['Omar Abdullah', 'Umar Abdullah'],
    ['Imran Khan', 'Irfan Khan'],
    ['John Smith', 'Jane Smith'],
    ['Hamid Karzai', 'Ahmed Karzai'],
    ['Imran Khan', 'Omran Khan'],
  ])('%s and %s are different people', (a, b) => {
    expect(rel(a, b)).toBe('different');
  });

  it('folds spelling variants, case, diacritics and articles in name keys', () => {
    expect(nameKey('National Narcotics Coordination Centre')).toBe(nameKey('National Narcotics Coordination Center'));
    expect(nameKey('Ministry of the Interior')).toBe(nameKey('Ministry of Interior'));
    expect(nameKey('Organisation for Économic Co-operation')).toBe(nameKey('organization for economic co operation'));
    expect(nameKey('Center for Peace')).not.toBe(nameKey('Centre for War'));
  });

  it('caps the edit distance', () => {
    expect(editDistance('mohsin', 'mohin', 1)).toBe(1);
    expect(editDistance('fowler', 'fowles', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('grouping person records', () => {
  const names = (list: string[][]) =>
    groupPersons(personRefs(prepareInputs(list.map((people, i) => article({ path: `n${i}.txt`, text: people.join(' '), people: people.map((name) => ({ name })) })))))
      .map((g) => g.map((r) => r.person.name));

  it('joins a bare surname to the one full name, or a surname-first name it begins', () => {
    expect(names([['Mohsin Naqvi'], ['Naqvi']])).toEqual([['Mohsin Naqvi', 'Naqvi']]);
    expect(names([['Xi Jinping'], ['Xi']])).toEqual([['Xi Jinping', 'Xi']]);
  });

  it('leaves an ambiguous bare surname alone', () => {
    expect(names([['Imran Khan', 'Ali Khan'], ['Khan']])).toEqual([['Imran Khan'], ['Ali Khan'], ['Khan']]);
    expect(names([['Imran Khan', 'Khan', 'Ali Khan']]).length).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { nameRelation, parseName } from '../../src/reconcile/names.js';
import { editDistance, nameKey } from '../../src/reconcile/fold.js';

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

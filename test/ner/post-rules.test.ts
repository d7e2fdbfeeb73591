import { describe, expect, it } from 'vitest';
import { acronymKey, documentAcronyms } from '../../src/ner/acronyms.js';
import { labelIndex } from '../../src/ner/labels.js';
import type { LabelSpan } from '../../src/ner/labels.js';
import { applyPostRules } from '../../src/ner/post-rules.js';

const span = (type: LabelSpan['type'], start: number, end: number): LabelSpan => ({ type, start, end });

describe('post-rules', () => {
  it.each([
    ['drops a PER title phrase', 'the Enforcement Director said', [span('PER', 1, 3)], []],
    ['trims honorifics off a PER span', 'Justice Amna Siddiqui ruled', [span('PER', 0, 3)], [span('PER', 1, 3)]],
    ['trims a trailing role noun off an ORG', 'Lusaka City Council Mayor Ann Phiri', [span('ORG', 0, 4), span('PER', 4, 6)], [span('ORG', 0, 3), span('PER', 4, 6)]],
    ['keeps "Office of the President"', 'the Office of the President said', [span('ORG', 1, 5)], [span('ORG', 1, 5)]],
    ['drops currency amounts', 'spend Rs5 billion', [span('MISC', 1, 2)], []],
    ['drops a month before a day number', 'CAIRO , Dec 2 ( Xinhua )', [span('LOC', 0, 1), span('ORG', 2, 3), span('ORG', 5, 6)], [span('LOC', 0, 1), span('ORG', 5, 6)]],
    ['keeps May the surname', 'Theresa May said', [span('PER', 0, 2)], [span('PER', 0, 2)]],
    ['leaves ordinary names alone', 'Kofi Mensah met Abena', [span('PER', 0, 2), span('PER', 3, 4)], [span('PER', 0, 2), span('PER', 3, 4)]],
  ])('%s', (_, text, spans, expected) => {
    expect(applyPostRules(text.split(' '), spans)).toEqual(expected);
  });
});

describe('acronyms', () => {
  it('maps initials of capitalised runs to the first-pass type of their last word', () => {
    const toks = ['the', 'Anti-Narcotics', 'Force', 'and', 'the', 'National', 'Bureau', 'of', 'Statistics'];
    const labels = ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'].map(labelIndex);
    const acr = documentAcronyms([toks], [labels]);
    expect(acr.get('ANF')).toBe('ORG');
    expect(acr.get('NBS')).toBe('ORG');
    expect(acronymKey('SOPs')).toBe('SOP');
    expect(acronymKey('Naqvi')).toBeNull();
  });
});

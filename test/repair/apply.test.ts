import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument, toOriginalSpan } from '../../src/document/document.js';
import { applyRepairs, refineEdit } from '../../src/input/repair/apply.js';
import { gluedWordsPass } from '../../src/input/repair/glued-words.js';
import { mojibakePass } from '../../src/input/repair/mojibake.js';
import { tokenize } from '../../src/text/tokens.js';

const SEED_001 = readFileSync(new URL('../../fixtures/seeds/001_e95a0dfe71d2bbb7.txt', import.meta.url), 'utf8');
const PASSES = [mojibakePass, gluedWordsPass];

describe('applyRepairs on seed 001', () => {
  const doc = applyRepairs(makeDocument({ id: '001' }, SEED_001), PASSES);

  it('records every repair with its span in the original text', () => {
    expect(doc.repairs).toHaveLength(66);
    for (const r of doc.repairs) {
      expect(r.kind).toBe('glued-words');
      expect(doc.original.slice(r.start, r.end)).toBe(r.text);
      // Every repair span points at the glued original: no whitespace inside, same letters after.
      expect(r.text).not.toMatch(/\s/u);
      expect(r.replacement.replace(/ /gu, '')).toBe(r.text);
      expect(doc.text).toContain(r.replacement);
    }
  });

  it('maps every token of the repaired text back to the same characters in the original', () => {
    const tokens = tokenize(doc.text);
    expect(tokens.length).toBeGreaterThan(700);
    for (const t of tokens) {
      const span = toOriginalSpan(doc, t.start, t.end);
      expect(span.text).toBe(t.text);
      expect(doc.original.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('maps multi-word spans across a glue point to the glued original', () => {
    const at = doc.text.indexOf('significant agreement');
    const span = toOriginalSpan(doc, at, at + 'significant agreement'.length);
    expect(span.text).toBe('significantagreement');
  });

  it('is idempotent and leaves the original alone', () => {
    expect(doc.original).toBe(SEED_001);
    const again = applyRepairs({ ...doc, original: doc.text, repairs: [] }, PASSES);
    expect(again.repairs).toEqual([]);
  });
});

describe('applyRepairs composes passes', () => {
  const original = 'ISLAMABAD: The Interior Minister Naqviâ€™s meetingwith the ChargÃ© d’Affaires Natalie Bakerended, and bothsides agreedto act on it. The teamsalso metthe press.';
  const doc = applyRepairs(makeDocument({ id: 'x' }, original), PASSES);

  it('repairs mojibake then glue, recording both in original coordinates', () => {
    expect(doc.text).toBe('ISLAMABAD: The Interior Minister Naqvi’s meeting with the Chargé d’Affaires Natalie Baker ended, and both sides agreed to act on it. The teams also met the press.');
    const kinds = doc.repairs.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'mojibake')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'glued-words').length).toBeGreaterThanOrEqual(5);
    for (const r of doc.repairs) expect(original.slice(r.start, r.end)).toBe(r.text);
    expect(doc.repairs.find((r) => r.kind === 'mojibake' && r.replacement === 'é')?.text).toBe('Ã©');
    // Sorted by position in the original.
    const starts = doc.repairs.map((r) => r.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('maps spans over repaired characters to the original stretch', () => {
    const name = doc.text.indexOf('Chargé');
    expect(toOriginalSpan(doc, name, name + 6).text).toBe('ChargÃ©');
    const n = doc.text.indexOf('Naqvi’s');
    expect(toOriginalSpan(doc, n, n + 7).text).toBe('Naqviâ€™s');
    const m = doc.text.indexOf('meeting');
    expect(toOriginalSpan(doc, m, m + 7).text).toBe('meeting');
  });

  it('a document with nothing to repair keeps the identity map', () => {
    const clean = makeDocument({ id: 'c' }, 'Nothing to see here.');
    const out = applyRepairs(clean, PASSES);
    expect(out.text).toBe(clean.text);
    expect(out.repairs).toEqual([]);
    expect(out.offsets.isIdentity).toBe(true);
  });
});

describe('refineEdit', () => {
  it('turns a whitespace-inserting edit into pure insertions', () => {
    const src = 'xx aimedatpreventing yy';
    expect(refineEdit(src, { start: 3, end: 20, replacement: 'aimed at preventing' })).toEqual([
      { start: 8, end: 8, replacement: ' ' },
      { start: 10, end: 10, replacement: ' ' },
    ]);
  });
  it('keeps other edits whole', () => {
    const e = { start: 0, end: 2, replacement: 'é' };
    expect(refineEdit('Ã© ', e)).toEqual([e]);
  });
});

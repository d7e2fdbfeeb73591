import { describe, expect, it } from 'vitest';
import { runEntities } from './run-entities.js';
import { tagSentences } from '../../src/ner/tagger.js';

function entities(text: string) {
  return runEntities(text).entities!;
}

const has = (text: string) => entities(text).map((e) => `${e.type}:${e.text}`);

// Sentences written for these tests (not from any corpus).
describe('entities stage', () => {
  it.each([
    ['Interior Minister Tariq Rizvi met the envoy in Islamabad on Monday.', ['PER:Tariq Rizvi', 'LOC:Islamabad']],
    ['Mr Rizvi later told reporters in Quetta that the talks went well.', ['PER:Rizvi', 'LOC:Quetta']],
    ['Ghana’s finance minister Kwabena Asante-Mensah said the Bank of Ghana would act.', ['LOC:Ghana', 'PER:Kwabena Asante-Mensah', 'ORG:Bank of Ghana']],
    ['Police in Khyber Pakhtunkhwa and Balochistan were put on alert.', ['LOC:Khyber Pakhtunkhwa', 'LOC:Balochistan']],
    ['The Federal Investigation Agency arrested three men, an FIA official said.', ['ORG:Federal Investigation Agency', 'ORG:FIA']],
  ])('%s', (text, expected) => {
    const got = has(text);
    for (const e of expected) expect(got).toContain(e);
  });

  it('keeps titles and honorifics outside person names', () => {
    const got = has('Acting Ambassador Grace Mwangi and Dr Sana Qureshi attended the dinner.');
    expect(got).toContain('PER:Grace Mwangi');
    expect(got).toContain('PER:Sana Qureshi');
    expect(got.some((e) => /Ambassador|Dr/.test(e))).toBe(false);
  });

  it('keeps multi-word titles outside every entity', () => {
    const got = has('Inspector General of Police Rashid Akhtar Laleka visited Quetta, PM Gohar Iqbal said.');
    expect(got).toContain('PER:Rashid Akhtar Laleka');
    expect(got.some((e) => /Inspector|General|Police|PM/.test(e))).toBe(false);
  });

  it('links a surname alone to the full name by document-level evidence', () => {
    const text = 'Senator Bilqis Oyelaran opened the session in Abuja.\n\nLater, Oyelaran said the bill would pass.';
    expect(has(text)).toContain('PER:Oyelaran');
  });

  it('gives token indexes and spans into doc.text', () => {
    const text = 'Officials said Kenji Sato arrived in Osaka.';
    const layers = runEntities(text);
    for (const e of layers.entities!) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(layers.tokens![e.tokenStart].start).toBe(e.start);
      expect(layers.tokens![e.tokenEnd - 1].end).toBe(e.end);
    }
    expect(layers.entities!.map((e) => e.text)).toContain('Kenji Sato');
  });

  it('handles documents without sentences or with symbol-only sentences', () => {
    expect(tagSentences([])).toEqual([]);
    expect(tagSentences([['—'], ['*', '*', '*']])).toEqual([[], []]);
  });
});

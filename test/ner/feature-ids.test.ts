import { describe, expect, it } from 'vitest';
import { documentFeatureIds } from '../../src/ner/feature-ids.js';
import { documentFeatures } from '../../src/ner/features.js';
import { buildGazetteer, gazetteerTags, loadGazetteer } from '../../src/ner/gazetteer.js';
import { makeModel } from '../../src/ner/model.js';
import { priorIds } from '../../src/ner/prior-ids.js';
import { priorFeatures } from '../../src/ner/prior.js';
import { decodeSentence, featureIds, loadNerModel, tagDocumentLabels } from '../../src/ner/tagger.js';
import { tokenize } from '../../src/text/tokens.js';

const DOCS = [
  'KARACHI: Sindh Chief Minister Murad Ali Shah on Monday met the U.S. Consul General in Karachi.',
  'The Inspector General of Police said 12 suspects were held. “We acted fast,” he added.',
  'NAIROBI, Kenya (AP) _ Wanjiru Mwangi-Otieno, a spokeswoman for the Kenya Power Company, said prices rose.',
  "FOOTBALL - ENGLISH PREMIER LEAGUE RESULTS . Manchester United 2 Chelsea 1 . Zia-ur-Rehman's goal ''was'' fine.",
  'Odd tokens: a|b | x| |y ’’ `` -- Pakistan-US ties, Rs5.1bn and 1,234 people in New York.',
];
const sentences = (text: string) => text.split(/(?<=\.) /).map((s) => tokenize(s).map((t) => t.text));
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
/** Per sentence, per token: the ids' multiset (order within a token does not change the exact sums). */
const perToken = (sents: string[][], idsOf: (t: number) => number[]) => {
  let t = 0;
  return sents.map((s) => s.map(() => sorted(idsOf(t++))));
};
const docIds = (doc: ReturnType<typeof documentFeatureIds>, sents: string[][]) => perToken(sents, (t) => [...doc.words[t].own, ...doc.rest.of(t)]);
const flat = (sents: string[][], perSentence: (s: number) => number[]) => sents.flatMap((_, s) => perSentence(s));

describe('documentFeatureIds', () => {
  it('gives exactly the ids of the feature strings (same order, duplicates kept) with the shipped model', () => {
    const model = loadNerModel();
    const gaz = loadGazetteer();
    for (const text of DOCS) {
      const sents = sentences(text);
      const got = documentFeatureIds(model, gaz, sents);
      expect(docIds(got, sents)).toEqual(documentFeatures(sents, gaz).map((f) => featureIds(model, f).map(sorted)));
      expect(Array.from(got.titleMask, Boolean)).toEqual(sents.flatMap((s) => gazetteerTags(gaz, s).map((t) => t.some((x) => x.startsWith('titlephrase:')))));
    }
  });

  it('agrees for a model that knows every feature of the text, pair features with "|" in their words included', () => {
    const gaz = buildGazetteer({ given: ['Murad'], surname: ['Shah'], place: ['Karachi', 'New York'], titlephrase: ['Chief Minister'] });
    const sents = DOCS.flatMap(sentences).map((s) => s);
    const all = [...new Set(documentFeatures(sents, gaz).flat(2))];
    const model = makeModel(['O'], all, [], {});
    const got = docIds(documentFeatureIds(model, gaz, sents), sents);
    expect(got).toEqual(documentFeatures(sents, gaz).map((f) => featureIds(model, f).map(sorted)));
    expect(got.flat(2).length).toBeGreaterThan(all.length);
  });

  it('stacking ids equal the stacking feature strings, and labels equal decoding from the strings', () => {
    const model = loadNerModel();
    const gaz = loadGazetteer();
    const L = model.labels.length;
    for (const text of DOCS) {
      const sents = sentences(text);
      const base = documentFeatures(sents, gaz).map((f) => featureIds(model, f));
      const masks = sents.map((s) => gazetteerTags(gaz, s).map((t) => t.some((x) => x.startsWith('titlephrase:'))));
      let labels = base.map((ids, s) => decodeSentence(model.passes[0], ids, L, undefined, masks[s]));
      for (let p = 1; p < model.passes.length; p++) {
        const prior = priorFeatures(sents, labels).map((f) => featureIds(model, f));
        const ids = priorIds(model, documentFeatureIds(model, gaz, sents), Uint8Array.from(flat(sents, (s) => labels[s])));
        expect(perToken(sents, (t) => ids.of(t))).toEqual(prior.map((s) => s.map(sorted)));
        labels = base.map((ids, s) => decodeSentence(model.passes[p], ids, L, prior[s], masks[s]));
      }
      expect(tagDocumentLabels(model, gaz, sents)).toEqual(labels);
    }
  });
});

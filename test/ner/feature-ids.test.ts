import { describe, expect, it } from 'vitest';
import { documentFeatureIds } from '../../src/ner/feature-ids.js';
import { documentFeatures } from '../../src/ner/features.js';
import { buildGazetteer, gazetteerTags, loadGazetteer } from '../../src/ner/gazetteer.js';
import { makeModel } from '../../src/ner/model.js';
import { featureIds, loadNerModel } from '../../src/ner/tagger.js';
import { tokenize } from '../../src/text/tokens.js';

const DOCS = [
  'KARACHI: Sindh Chief Minister Murad Ali Shah on Monday met the U.S. Consul General in Karachi.',
  'The Inspector General of Police said 12 suspects were held. “We acted fast,” he added.',
  'NAIROBI, Kenya (AP) _ Wanjiru Mwangi-Otieno, a spokeswoman for the Kenya Power Company, said prices rose.',
  "FOOTBALL - ENGLISH PREMIER LEAGUE RESULTS . Manchester United 2 Chelsea 1 . Zia-ur-Rehman's goal ''was'' fine.",
  'Odd tokens: a|b | x| |y ’’ `` -- Pakistan-US ties, Rs5.1bn and 1,234 people in New York.',
];
const sentences = (text: string) => text.split(/(?<=\.) /).map((s) => tokenize(s).map((t) => t.text));

describe('documentFeatureIds', () => {
  it('gives exactly the ids of the feature strings (same order, duplicates kept) with the shipped model', () => {
    const model = loadNerModel();
    const gaz = loadGazetteer();
    for (const text of DOCS) {
      const sents = sentences(text);
      const got = documentFeatureIds(model, gaz, sents);
      expect(got.ids).toEqual(documentFeatures(sents, gaz).map((f) => featureIds(model, f)));
      expect(got.titleMask).toEqual(sents.map((s) => gazetteerTags(gaz, s).map((t) => t.some((x) => x.startsWith('titlephrase:')))));
    }
  });

  it('agrees for a model that knows every feature of the text, pair features with "|" in their words included', () => {
    const gaz = buildGazetteer({ given: ['Murad'], surname: ['Shah'], place: ['Karachi', 'New York'], titlephrase: ['Chief Minister'] });
    const sents = DOCS.flatMap(sentences).map((s) => s);
    const all = [...new Set(documentFeatures(sents, gaz).flat(2))];
    const model = makeModel(['O'], all, [], {});
    const got = documentFeatureIds(model, gaz, sents);
    expect(got.ids).toEqual(documentFeatures(sents, gaz).map((f) => featureIds(model, f)));
    expect(got.ids.flat(2).length).toBeGreaterThan(all.length);
  });
});

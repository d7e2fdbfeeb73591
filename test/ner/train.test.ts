import { describe, expect, it } from 'vitest';
import type { ConllDoc } from '../../src/ner/conll.js';
import { buildGazetteer } from '../../src/ner/gazetteer.js';
import { decodeModel, encodeModel } from '../../src/ner/model.js';
import { tagSentences } from '../../src/ner/tagger.js';
import { trainModel } from '../../src/ner/train/train.js';

// A tiny invented corpus: enough for the perceptron to learn "<Given> <Surname> said" and "in <Place>".
const GIVEN = ['Amina', 'Tariq', 'Wanjiru', 'Kenji', 'Olga', 'Chidi'];
const SURN = ['Okafor', 'Rizvi', 'Kamau', 'Sato', 'Petrova', 'Eze'];
const PLACES = ['Lagos', 'Quetta', 'Nairobi', 'Osaka', 'Kazan', 'Enugu'];

function corpus(): ConllDoc[] {
  return GIVEN.map((g, i) => ({
    sents: [
      [g, SURN[i], 'said', 'on', 'Monday', '.'],
      ['Officials', 'in', PLACES[i], 'met', SURN[i], '.'],
    ],
    tags: [
      ['B-PER', 'I-PER', 'O', 'O', 'O', 'O'],
      ['O', 'O', 'B-LOC', 'O', 'B-PER', 'O'],
    ],
  }));
}

describe('training', () => {
  const gaz = buildGazetteer({ given: GIVEN, place: PLACES });
  const model = trainModel(corpus(), { gaz, epochs: 5, minCount: 1, folds: 2 });

  it('learns the corpus and survives the binary round trip', () => {
    const loaded = decodeModel(encodeModel(model));
    expect(loaded.passes).toHaveLength(2);
    const spans = tagSentences([['Amina', 'Okafor', 'said', 'on', 'Monday', '.']], loaded, gaz);
    expect(spans[0]).toEqual([{ type: 'PER', start: 0, end: 2 }]);
  });

  it('is deterministic', () => {
    const again = trainModel(corpus(), { gaz, epochs: 5, minCount: 1, folds: 2 });
    expect(encodeModel(again).equals(encodeModel(model))).toBe(true);
  });
});

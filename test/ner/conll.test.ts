import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/ner/conll.js';
import { labelIndex, labelSpans } from '../../src/ner/labels.js';

// A made-up corpus in CoNLL layout (IOB1 tags, as in the original files).
const SAMPLE = `-DOCSTART- -X- -X- O

Amina NNP B-NP I-PER
Okafor NNP I-NP I-PER
visited VBD B-VP O
Lagos NNP B-NP I-LOC
. . O O

-DOCSTART- -X- -X- O

The DT B-NP O
Central NNP I-NP I-ORG
Bank NNP I-NP I-ORG
cut VBD B-VP O
`;

describe('parseConll', () => {
  it('splits documents and sentences and converts IOB1 to IOB2', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0].sents[0]).toEqual(['Amina', 'Okafor', 'visited', 'Lagos', '.']);
    expect(docs[0].tags[0]).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(docs[1].tags[0]).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('reads spans from labels, conlleval-style', () => {
    const spans = labelSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-ORG'].map(labelIndex));
    expect(spans).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });
});

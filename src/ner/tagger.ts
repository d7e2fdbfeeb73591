import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { documentFeatures } from './features.js';
import type { LabelSpan } from './labels.js';
import { labelSpans } from './labels.js';
import type { NerModel, PassWeights } from './model.js';
import { decodeModel } from './model.js';
import { applyPostRules } from './post-rules.js';
import { priorFeatures } from './prior.js';
import { viterbi } from './viterbi.js';

/** Shipped weights, relative to `data/`. */
export const MODEL_FILE = 'ner/model.bin';

/** Best labels for one sentence's feature lists under one pass. */
export function decodeSentence(pass: PassWeights, feats: readonly (readonly string[])[], L: number): number[] {
  const n = feats.length;
  const emit = new Float64Array(n * L);
  const { index, weights } = pass;
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (const f of feats[i]) {
      const id = index.get(f);
      if (id === undefined) continue;
      const w = id * L;
      for (let l = 0; l < L; l++) emit[row + l] += weights[w + l];
    }
  }
  return viterbi(emit, n, L, pass.trans);
}

/** Labels for every token of a document (sentences of token texts), running every pass of the model. */
export function tagDocumentLabels(model: NerModel, gaz: Gazetteer, sents: readonly (readonly string[])[]): number[][] {
  const L = model.labels.length;
  const base = documentFeatures(sents, gaz);
  let labels = base.map((f) => decodeSentence(model.passes[0], f, L));
  for (let p = 1; p < model.passes.length; p++) {
    const prior = priorFeatures(sents, labels);
    labels = base.map((f, s) => decodeSentence(model.passes[p], f.map((tf, i) => tf.concat(prior[s][i])), L));
  }
  return labels;
}

let shipped: NerModel | null = null;

/** The shipped model, read once per process. */
export function loadNerModel(): NerModel {
  if (!shipped) shipped = decodeModel(readFileSync(dataPath(MODEL_FILE)));
  return shipped;
}

/**
 * THE tagging entry point (the `entities` stage and `eval:ner` both call it): entity spans per
 * sentence, as token index ranges within each sentence.
 */
export function tagSentences(sents: readonly (readonly string[])[], model: NerModel = loadNerModel(), gaz: Gazetteer = loadGazetteer()): LabelSpan[][] {
  return tagDocumentLabels(model, gaz, sents).map((labels, i) => applyPostRules(sents[i], labelSpans(labels)));
}

import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { addStacking, baseScores, jointWeights } from './emission.js';
import { documentFeatureIds } from './feature-ids.js';
import { IdList } from './id-list.js';
import type { LabelSpan } from './labels.js';
import { labelSpans } from './labels.js';
import type { NerModel, PassWeights } from './model.js';
import { decodeModel } from './model.js';
import { readNerModel } from './ner-model-file.js';
import { applyPostRules } from './post-rules.js';
import { priorIds } from './prior-ids.js';
import { viterbi, viterbiInto } from './viterbi.js';

/** Shipped weights, relative to `data/`. */
export const MODEL_FILE = 'ner/model.bin';

/** Feature ids of each token (features the model does not know are left out). */
export function featureIds(model: NerModel, feats: readonly (readonly string[])[]): number[][] {
  return feats.map((tf) => {
    const ids: number[] = [];
    for (const f of tf) {
      const id = model.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  });
}

/** Best labels for one sentence under one pass, from per-token feature ids (plus optional extra ids); masked tokens are O. */
export function decodeSentence(
  pass: PassWeights,
  ids: readonly (readonly number[])[],
  L: number,
  extra?: readonly (readonly number[])[],
  outside?: readonly boolean[],
): number[] {
  const n = ids.length;
  const emit = new Float64Array(n * L);
  const { weights } = pass;
  const add = (row: number, list: readonly number[]) => {
    for (const id of list) {
      const w = id * L;
      for (let l = 0; l < L; l++) emit[row + l] += weights[w + l];
    }
  };
  for (let i = 0; i < n; i++) {
    add(i * L, ids[i]);
    if (extra) add(i * L, extra[i]);
    if (outside?.[i]) for (let l = 1; l < L; l++) emit[i * L + l] = -Infinity;
  }
  return viterbi(emit, n, L, pass.trans);
}

// Id lists reused from document to document (tagging is synchronous).
const restIds = new IdList(0);
const stackIds = new IdList(0);

/** First-pass labels, then each later pass's from its stacking ids: every token's label (flat, sentences in order). */
export function tagDocument(model: NerModel, gaz: Gazetteer, sents: readonly (readonly string[])[]): { labels: Uint8Array; sentStart: Int32Array } {
  const J = jointWeights(model);
  const doc = documentFeatureIds(model, gaz, sents, restIds);
  const { sentStart } = doc;
  // Every pass's scores side by side per token (`[t * P * L + p * L + l]`); later passes add their stacking features.
  const scores = baseScores(J, doc);
  const PL = J.P * J.L;
  const labels = new Uint8Array(doc.words.length);
  for (let p = 0; p < model.passes.length; p++) {
    if (p > 0) addStacking(J, scores, p, priorIds(model, doc, labels, stackIds), labels.length);
    for (let s = 0; s + 1 < sentStart.length; s++) {
      const a = sentStart[s];
      viterbiInto(scores, a * PL + p * J.L, PL, sentStart[s + 1] - a, J.L, model.passes[p].trans, labels, a);
    }
  }
  return { labels, sentStart };
}

/** Labels for every token of a document (sentences of token texts), running every pass of the model. */
export function tagDocumentLabels(model: NerModel, gaz: Gazetteer, sents: readonly (readonly string[])[]): number[][] {
  const { labels, sentStart } = tagDocument(model, gaz, sents);
  return sents.map((_, s) => Array.from(labels.subarray(sentStart[s], sentStart[s + 1])));
}

let shipped: NerModel | null = null;

/** The shipped model, read once per process (pre-built when data/prebuilt holds it fresh). */
export function loadNerModel(): NerModel {
  if (!shipped) {
    const bytes = readFileSync(dataPath(MODEL_FILE));
    shipped = readNerModel(bytes) ?? decodeModel(bytes);
  }
  return shipped;
}

/**
 * THE tagging entry point (the `entities` stage and `eval:ner` both call it): entity spans per
 * sentence, as token index ranges within each sentence.
 */
export function tagSentences(sents: readonly (readonly string[])[], model: NerModel = loadNerModel(), gaz: Gazetteer = loadGazetteer()): LabelSpan[][] {
  const { labels, sentStart } = tagDocument(model, gaz, sents);
  return sents.map((toks, s) => applyPostRules(toks, labelSpans(labels, sentStart[s], sentStart[s + 1])));
}

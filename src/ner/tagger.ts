import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files.js';
import type { Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { documentFeatureIds, type DocumentIds } from './feature-ids.js';
import type { LabelSpan } from './labels.js';
import { labelSpans } from './labels.js';
import type { NerModel, PassWeights } from './model.js';
import { decodeModel } from './model.js';
import { applyPostRules } from './post-rules.js';
import { priorIds } from './prior-ids.js';
import { viterbi } from './viterbi.js';

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

/** Labels for every token of a document (sentences of token texts), running every pass of the model. */
export function tagDocumentLabels(model: NerModel, gaz: Gazetteer, sents: readonly (readonly string[])[]): number[][] {
  // Feature ids of `documentFeatures`, and per token whether it is inside a multi-word title
  // phrase ("Inspector General of Police"), which no entity may include.
  const doc = documentFeatureIds(model, gaz, sents);
  const masks = doc.titleMask;
  let labels = doc.ids.map((_, s) => decodeDocSentence(model, 0, doc, s, undefined, masks[s]));
  for (let p = 1; p < model.passes.length; p++) {
    const prior = priorIds(model, sents, labels);
    labels = doc.ids.map((_, s) => decodeDocSentence(model, p, doc, s, prior[s], masks[s]));
  }
  return labels;
}

/**
 * `decodeSentence(pass, ids, L, extra, outside)` for one sentence of a document, starting each
 * token's scores from its word's cached own-feature sum: the same additions in the same order
 * (the own features come first), so the same floating-point scores.
 */
function decodeDocSentence(model: NerModel, p: number, doc: DocumentIds, s: number, extra: readonly (readonly number[])[] | undefined, outside: readonly boolean[]): number[] {
  const L = model.labels.length;
  const ids = doc.ids[s];
  const n = ids.length;
  const emit = new Float64Array(n * L);
  const { weights } = model.passes[p];
  for (let i = 0; i < n; i++) {
    const row = i * L;
    emit.set(doc.ownEmit(s, i, p), row);
    const list = ids[i];
    for (let k = doc.ownCount[s][i]; k < list.length; k++) {
      const w = list[k] * L;
      for (let l = 0; l < L; l++) emit[row + l] += weights[w + l];
    }
    if (extra) {
      for (const id of extra[i]) {
        const w = id * L;
        for (let l = 0; l < L; l++) emit[row + l] += weights[w + l];
      }
    }
    if (outside[i]) for (let l = 1; l < L; l++) emit[row + l] = -Infinity;
  }
  return viterbi(emit, n, L, model.passes[p].trans);
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

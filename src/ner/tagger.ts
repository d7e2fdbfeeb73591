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
  const L = model.labels.length;
  // Feature ids of `documentFeatures`, and per token whether it is inside a multi-word title
  // phrase ("Inspector General of Police"), which no entity may include.
  const doc = documentFeatureIds(model, gaz, sents);
  const masks = doc.titleMask;
  // Every pass's scores of the base features, summed in one scan over the ids.
  const base = doc.ids.map((_, s) => baseScores(model, doc, s));
  const decode = (p: number, s: number, extra?: readonly (readonly number[])[]) => {
    const emit = base[s][p];
    const { weights } = model.passes[p];
    const n = doc.ids[s].length;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      if (extra) {
        for (const id of extra[i]) {
          const w = id * L;
          for (let l = 0; l < L; l++) emit[row + l] += weights[w + l];
        }
      }
      if (masks[s][i]) for (let l = 1; l < L; l++) emit[row + l] = -Infinity;
    }
    return viterbi(emit, n, L, model.passes[p].trans);
  };
  let labels = doc.ids.map((_, s) => decode(0, s));
  for (let p = 1; p < model.passes.length; p++) {
    const prior = priorIds(model, sents, labels);
    labels = doc.ids.map((_, s) => decode(p, s, prior[s]));
  }
  return labels;
}

/** The passes' weights side by side per feature (`[f * P * L + p * L + l]`), so one scan reads both. */
const jointWeights = new WeakMap<NerModel, Float32Array>();

function joint(model: NerModel): Float32Array {
  let j = jointWeights.get(model);
  if (!j) {
    const L = model.labels.length;
    const P = model.passes.length;
    const F = model.features.length;
    j = new Float32Array(F * P * L);
    for (let f = 0; f < F; f++) for (let p = 0; p < P; p++) j.set(model.passes[p].weights.subarray(f * L, f * L + L), (f * P + p) * L);
    jointWeights.set(model, j);
  }
  return j;
}

/**
 * Per pass, the scores `decodeSentence` adds up from one sentence's base ids: each token starts
 * from its word's cached own-feature sum and adds the rest in order; the same additions in the
 * same order (the own features come first), so the same floating-point scores.
 */
function baseScores(model: NerModel, doc: DocumentIds, s: number): Float64Array[] {
  const L = model.labels.length;
  const P = model.passes.length;
  const W = joint(model);
  const ids = doc.ids[s];
  const n = ids.length;
  const out = model.passes.map(() => new Float64Array(n * L));
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (let p = 0; p < P; p++) out[p].set(doc.ownEmit(s, i, p), row);
    const list = ids[i];
    for (let k = doc.ownCount[s][i]; k < list.length; k++) {
      const w = list[k] * P * L;
      for (let p = 0; p < P; p++) {
        const e = out[p];
        const wp = w + p * L;
        for (let l = 0; l < L; l++) e[row + l] += W[wp + l];
      }
    }
  }
  return out;
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

import type { DocumentIds } from './feature-ids.js';
import type { WordIds } from './feature-indexer.js';
import type { NerModel } from './model.js';
import type { IdList } from './id-list.js';

/**
 * Emission scores: per token and label, the sum of the weights of the token's features.
 *
 * Why the order of the additions is free: decoded weights are float32 roundings of
 * `int16 * scale` (model.ts), so every weight of a pass is an integer multiple of the ulp of
 * `float32(scale)` and smaller than 2^39 of those units. A float64 sum of fewer than 2^14 such
 * values is exact, hence the same whatever the order or grouping. That is what lets a word's own
 * features be summed once per process (`ownScore`) and the other features come in any order:
 * the scores, and so the labels, are the same bits as the feature strings' sums in their order.
 * (test/ner/emission.test.ts checks the property on the shipped model; every tagger path loads
 * models through `decodeModel`, so it holds for them all.)
 */

/** A model's weights with its passes side by side per feature (`[f * P * L + p * L + l]`), so one scan reads every pass. */
export interface JointWeights {
  W: Float32Array;
  P: number;
  L: number;
}

const joints = new WeakMap<NerModel, JointWeights>();

export function jointWeights(model: NerModel): JointWeights {
  let j = joints.get(model);
  if (!j) {
    const L = model.labels.length;
    const P = model.passes.length;
    const W = new Float32Array(model.features.length * P * L);
    for (let f = 0; f < model.features.length; f++) for (let p = 0; p < P; p++) W.set(model.passes[p].weights.subarray(f * L, f * L + L), (f * P + p) * L);
    joints.set(model, (j = { W, P, L }));
  }
  return j;
}

/** Records `J` as the model's joint weights (a model loaded pre-built already has them, ner-model-file.ts). */
export function adoptJointWeights(model: NerModel, J: JointWeights): void {
  joints.set(model, J);
}

/** Summed weights of a word's own features, every pass (`[p * L + l]`), once per word. */
function ownScore(J: JointWeights, w: WordIds): Float64Array {
  if (w.ownScore) return w.ownScore;
  const PL = J.P * J.L;
  const e = new Float64Array(PL);
  for (const id of w.own) for (let q = 0; q < PL; q++) e[q] += J.W[id * PL + q];
  return (w.ownScore = e);
}

let base = new Float64Array(0);

/**
 * Every pass's scores of each token's base features, `[t * P * L + p * L + l]`, with only O
 * allowed in `mask`ed tokens (a buffer reused by the next call).
 */
export function baseScores(J: JointWeights, doc: DocumentIds): Float64Array {
  const PL = J.P * J.L;
  const { words, rest, titleMask } = doc;
  if (base.length < words.length * PL) base = new Float64Array(words.length * PL * 2);
  const out = base;
  for (let t = 0; t < words.length; t++) {
    out.set(ownScore(J, words[t]), t * PL);
    addRows(J.W, rest.ids, rest.start[t], rest.start[t + 1], PL, 0, PL, out, t * PL);
    // -Infinity stays -Infinity whatever a later pass adds, as when the mask came last.
    if (titleMask[t]) for (let p = 0; p < J.P; p++) out.fill(-Infinity, t * PL + p * J.L + 1, t * PL + p * J.L + J.L);
  }
  return out;
}

/** Adds the weights under pass `p` of each token's `extra` ids (stacking features) to its scores, for `n` tokens. */
export function addStacking(J: JointWeights, scores: Float64Array, p: number, extra: IdList, n: number): void {
  const PL = J.P * J.L;
  for (let t = 0; t < n; t++) addRows(J.W, extra.ids, extra.start[t], extra.start[t + 1], PL, p * J.L, J.L, scores, t * PL + p * J.L);
}

/**
 * `out[at + c] += W[ids[k] * stride + col + c]` for every k in `k0..k1` and c below `width`, nine
 * columns (one pass's labels) at a time: each sum stays in a register and the nine chains of
 * additions run side by side (any order gives the same exact sum).
 */
function addRows(W: Float32Array, ids: Int32Array, k0: number, k1: number, stride: number, col: number, width: number, out: Float64Array, at: number): void {
  let c = 0;
  for (; c + 8 < width; c += 9) {
    const o = at + c;
    let s0 = out[o];
    let s1 = out[o + 1];
    let s2 = out[o + 2];
    let s3 = out[o + 3];
    let s4 = out[o + 4];
    let s5 = out[o + 5];
    let s6 = out[o + 6];
    let s7 = out[o + 7];
    let s8 = out[o + 8];
    for (let k = k0; k < k1; k++) {
      const w = ids[k] * stride + col + c;
      s0 += W[w];
      s1 += W[w + 1];
      s2 += W[w + 2];
      s3 += W[w + 3];
      s4 += W[w + 4];
      s5 += W[w + 5];
      s6 += W[w + 6];
      s7 += W[w + 7];
      s8 += W[w + 8];
    }
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
    out[o + 7] = s7;
    out[o + 8] = s8;
  }
  for (; c < width; c++) {
    let sum = out[at + c];
    for (let k = k0; k < k1; k++) sum += W[ids[k] * stride + col + c];
    out[at + c] = sum;
  }
}

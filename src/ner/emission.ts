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

/** Summed weights of a word's own features, every pass (`[p * L + l]`), once per word. */
function ownScore(J: JointWeights, w: WordIds): Float64Array {
  if (w.ownScore) return w.ownScore;
  const PL = J.P * J.L;
  const e = new Float64Array(PL);
  for (const id of w.own) for (let q = 0; q < PL; q++) e[q] += J.W[id * PL + q];
  return (w.ownScore = e);
}

let base = new Float64Array(0);

/** Every pass's scores of each token's base features, `[t * P * L + p * L + l]` (a buffer reused by the next call). */
export function baseScores(J: JointWeights, doc: DocumentIds): Float64Array {
  const PL = J.P * J.L;
  const { W } = J;
  const { words, rest } = doc;
  const { ids, start } = rest;
  if (base.length < words.length * PL) base = new Float64Array(words.length * PL * 2);
  const out = base;
  for (let t = 0; t < words.length; t++) {
    const row = t * PL;
    const own = ownScore(J, words[t]);
    const k0 = start[t];
    const k1 = start[t + 1];
    // Six columns at a time, each sum in a register: six independent chains of additions instead
    // of one, and one read of each id per six columns (any order gives the same exact sum).
    let q = 0;
    for (; q + 5 < PL; q += 6) {
      let s0 = own[q];
      let s1 = own[q + 1];
      let s2 = own[q + 2];
      let s3 = own[q + 3];
      let s4 = own[q + 4];
      let s5 = own[q + 5];
      for (let k = k0; k < k1; k++) {
        const w = ids[k] * PL + q;
        s0 += W[w];
        s1 += W[w + 1];
        s2 += W[w + 2];
        s3 += W[w + 3];
        s4 += W[w + 4];
        s5 += W[w + 5];
      }
      out[row + q] = s0;
      out[row + q + 1] = s1;
      out[row + q + 2] = s2;
      out[row + q + 3] = s3;
      out[row + q + 4] = s4;
      out[row + q + 5] = s5;
    }
    for (; q < PL; q++) {
      let sum = own[q];
      for (let k = k0; k < k1; k++) sum += W[ids[k] * PL + q];
      out[row + q] = sum;
    }
  }
  return out;
}

let work = new Float64Array(0);

/**
 * Pass `p`'s scores of tokens `a..b` (one sentence), `[(t - a) * L + l]`: the base scores plus
 * the weights of `extra` ids (stacking features), and only O allowed where `mask` is set. The
 * returned buffer is reused by the next call.
 */
export function passScores(J: JointWeights, base: Float64Array, p: number, a: number, b: number, extra: IdList | null, mask: Uint8Array): Float64Array {
  const { L, P, W } = J;
  const n = b - a;
  if (work.length < n * L) work = new Float64Array(n * L * 2);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    const from = (a + i) * P * L + p * L;
    for (let l = 0; l < L; l++) work[row + l] = base[from + l];
    if (extra) {
      for (let k = extra.start[a + i]; k < extra.start[a + i + 1]; k++) {
        const w = extra.ids[k] * P * L + p * L;
        for (let l = 0; l < L; l++) work[row + l] += W[w + l];
      }
    }
    if (mask[a + i]) for (let l = 1; l < L; l++) work[row + l] = -Infinity;
  }
  return work;
}

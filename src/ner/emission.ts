import type { DocumentIds } from './feature-ids.js';
import type { FeatureIndexer } from './feature-indexer.js';
import type { IdList } from './id-list.js';

/**
 * Emission scores: per token and label, the sum of the weights of the token's features.
 *
 * Why the order of the additions is free: decoded weights are float32 roundings of
 * `int16 * scale` (model.ts), so every weight of a pass is an integer multiple of the ulp of
 * `float32(scale)` and smaller than 2^39 of those units. A float64 sum of fewer than 2^14 such
 * values is exact, hence the same whatever the order or grouping. That is what lets a word's own
 * features be summed once per process (`FeatureIndexer.ownScore`) and the other features come
 * in any order: the scores, and so the labels, are the same bits as the feature strings' sums.
 */

let base = new Float64Array(0);

/** Every pass's scores of each token's base features, `[t * P * L + p * L + l]` (a buffer reused by the next call). */
export function baseScores(X: FeatureIndexer, doc: DocumentIds): Float64Array {
  const PL = X.P * X.L;
  const W = X.joint;
  const { words, rest } = doc;
  const { ids, start } = rest;
  if (base.length < words.length * PL) base = new Float64Array(words.length * PL * 2);
  const out = base;
  for (let t = 0; t < words.length; t++) {
    const row = t * PL;
    const own = X.ownScore(words[t]);
    const k0 = start[t];
    const k1 = start[t + 1];
    // Column by column, so each sum stays in a register (any order gives the same exact sum).
    for (let q = 0; q < PL; q++) {
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
export function passScores(X: FeatureIndexer, base: Float64Array, p: number, a: number, b: number, extra: IdList | null, mask: Uint8Array): Float64Array {
  const { L, P } = X;
  const n = b - a;
  if (work.length < n * L) work = new Float64Array(n * L * 2);
  const W = X.joint;
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

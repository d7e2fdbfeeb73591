import { allowed, LABEL_COUNT } from './labels.js';

/** ALLOWED[(prev+1)*L + cur]: the BIO constraint as a table (row 0 = sentence start). */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = -1; p < LABEL_COUNT; p++) for (let l = 0; l < LABEL_COUNT; l++) ALLOWED[(p + 1) * LABEL_COUNT + l] = allowed(p, l) ? 1 : 0;

/**
 * Best label sequence under per-token scores (`emit[i*L + l]`) and first-order transition
 * scores (`trans[(prev+1)*L + cur]`, row 0 = sentence start), with BIO constraints.
 */
export function viterbi(emit: Float64Array, n: number, L: number, trans: Float64Array | Float32Array): number[] {
  const out = new Array<number>(n);
  viterbiInto(emit, n, L, trans, out, 0);
  return out;
}

// Work buffers, grown to the longest sentence seen (tagging is synchronous, so one set suffices).
let score = new Float64Array(0);
let back = new Int32Array(0);

/** `viterbi`, writing the labels to `out[at..at+n)` instead of a new array. */
export function viterbiInto(emit: Float64Array, n: number, L: number, trans: Float64Array | Float32Array, out: { [i: number]: number }, at: number): void {
  if (n === 0) return;
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  for (let l = 0; l < L; l++) score[l] = ALLOWED[l] ? emit[l] + trans[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[(p + 1) * L + l]) continue;
        const s = score[(i - 1) * L + p] + trans[(p + 1) * L + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + emit[i * L + l];
      back[i * L + l] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l] > score[(n - 1) * L + last]) last = l;
  out[at + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[at + i - 1] = back[i * L + out[at + i]];
}

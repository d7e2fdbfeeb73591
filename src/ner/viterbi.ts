import { allowed, LABEL_COUNT } from './labels.js';

/** ALLOWED[(prev+1)*L + cur]: the BIO constraint as a table (row 0 = sentence start). */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let p = -1; p < LABEL_COUNT; p++) for (let l = 0; l < LABEL_COUNT; l++) ALLOWED[(p + 1) * LABEL_COUNT + l] = allowed(p, l) ? 1 : 0;
/** Per label l, the labels that may precede it, ascending: `PREV[PREV_AT[l]..PREV_AT[l+1])` (I-X has only two). */
const PREV_AT = new Int32Array(LABEL_COUNT + 1);
const PREV: number[] = [];
for (let l = 0; l < LABEL_COUNT; l++) {
  for (let p = 0; p < LABEL_COUNT; p++) if (ALLOWED[(p + 1) * LABEL_COUNT + l]) PREV.push(p);
  PREV_AT[l + 1] = PREV.length;
}
const PREV_IDS = Int32Array.from(PREV);
/** Labels any label may precede (O, B-X): their loop runs over every predecessor without a list. */
const OPEN = Uint8Array.from({ length: LABEL_COUNT }, (_, l) => (PREV_AT[l + 1] - PREV_AT[l] === LABEL_COUNT ? 1 : 0));

/**
 * Best label sequence under per-token scores (`emit[i*L + l]`) and first-order transition
 * scores (`trans[(prev+1)*L + cur]`, row 0 = sentence start), with BIO constraints.
 */
export function viterbi(emit: Float64Array, n: number, L: number, trans: Float64Array | Float32Array): number[] {
  const out = new Uint8Array(n);
  viterbiInto(emit, 0, L, n, L, trans, out, 0);
  return Array.from(out);
}

// Work buffers, grown to the longest sentence seen (tagging is synchronous, so one set suffices).
let score = new Float64Array(0);
let back = new Int32Array(0);
/** `trans` of the allowed (prev, cur) pairs in `PREV` order, so the inner loop reads them in a row. */
const allowedTrans = new Float64Array(PREV_IDS.length);

/**
 * `viterbi` over the scores `emit[from + i * stride + l]` (rows of a wider table), writing the
 * labels to `out[at..at+n)` instead of a new array.
 */
export function viterbiInto(emit: Float64Array, from: number, stride: number, n: number, L: number, trans: Float64Array | Float32Array, out: Uint8Array, at: number): void {
  if (n === 0) return;
  if (score.length < n * L) {
    score = new Float64Array(n * L * 2);
    back = new Int32Array(n * L * 2);
  }
  // Module buffers read through locals: the hot loop then skips the module-binding loads.
  const S = score;
  const B = back;
  const T = allowedTrans;
  for (let l = 0; l < L; l++) for (let k = PREV_AT[l]; k < PREV_AT[l + 1]; k++) T[k] = trans[(PREV_IDS[k] + 1) * L + l];
  for (let l = 0; l < L; l++) S[l] = ALLOWED[l] ? emit[from + l] + trans[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const row = i * L;
    const e = from + i * stride;
    if (L === 9) {
      nineLabelStep(S, B, T, prev, row, emit, e);
      continue;
    }
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      const k0 = PREV_AT[l];
      // Only the allowed predecessors, in ascending order, so the first best one still wins ties.
      if (OPEN[l]) {
        for (let p = 0; p < L; p++) {
          const s = S[prev + p] + T[k0 + p];
          if (s > best) (best = s), (arg = p);
        }
      } else {
        for (let k = k0, end = PREV_AT[l + 1]; k < end; k++) {
          const s = S[prev + PREV_IDS[k]] + T[k];
          if (s > best) (best = s), (arg = PREV_IDS[k]);
        }
      }
      S[row + l] = best + emit[e + l];
      B[row + l] = arg;
    }
  }
  let last = 0;
  const end = (n - 1) * L;
  for (let l = 1; l < L; l++) if (S[end + l] > S[end + last]) last = l;
  out[at + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[at + i - 1] = B[i * L + out[at + i]];
}

/**
 * One Viterbi step for the shipped label set (O, then B-X, I-X per type): the previous row's
 * nine scores stay in registers for the five labels any label may precede; I-X reads its two
 * (B-X, I-X). Same comparisons in the same order as the general loop, so the same labels.
 */
function nineLabelStep(S: Float64Array, B: Int32Array, T: Float64Array, prev: number, row: number, emit: Float64Array, e: number): void {
  const s0 = S[prev];
  const s1 = S[prev + 1];
  const s2 = S[prev + 2];
  const s3 = S[prev + 3];
  const s4 = S[prev + 4];
  const s5 = S[prev + 5];
  const s6 = S[prev + 6];
  const s7 = S[prev + 7];
  const s8 = S[prev + 8];
  for (let l = 0; l < 9; l++) {
    const k = PREV_AT[l];
    let best = -Infinity;
    let arg = 0;
    let s: number;
    if (OPEN[l]) {
      if ((s = s0 + T[k]) > best) (best = s), (arg = 0);
      if ((s = s1 + T[k + 1]) > best) (best = s), (arg = 1);
      if ((s = s2 + T[k + 2]) > best) (best = s), (arg = 2);
      if ((s = s3 + T[k + 3]) > best) (best = s), (arg = 3);
      if ((s = s4 + T[k + 4]) > best) (best = s), (arg = 4);
      if ((s = s5 + T[k + 5]) > best) (best = s), (arg = 5);
      if ((s = s6 + T[k + 6]) > best) (best = s), (arg = 6);
      if ((s = s7 + T[k + 7]) > best) (best = s), (arg = 7);
      if ((s = s8 + T[k + 8]) > best) (best = s), (arg = 8);
    } else {
      for (let q = k, end = PREV_AT[l + 1]; q < end; q++) {
        if ((s = S[prev + PREV_IDS[q]] + T[q]) > best) (best = s), (arg = PREV_IDS[q]);
      }
    }
    S[row + l] = best + emit[e + l];
    B[row + l] = arg;
  }
}

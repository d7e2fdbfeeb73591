import { viterbi } from '../viterbi.js';
import type { EncodedSentence } from './encode.js';

export interface PerceptronOptions {
  epochs: number;
  /** Seed of the deterministic shuffle. */
  seed?: number;
  /** Called after each epoch with the averaged weights so far (for dev-set monitoring). */
  onEpoch?: (epoch: number, weights: Float32Array, trans: Float64Array) => void;
}

/** Deterministic LCG shuffle (no Math.random: training is reproducible). */
function shuffle(order: number[], state: { s: number }): void {
  for (let i = order.length - 1; i > 0; i--) {
    state.s = (Math.imul(state.s, 1664525) + 1013904223) >>> 0;
    const j = state.s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * Structured averaged perceptron (Collins 2002) with Viterbi decoding over BIO labels:
 * emission weights per (feature, label) and first-order transition weights.
 */
export function trainPerceptron(sents: EncodedSentence[], F: number, L: number, opts: PerceptronOptions): { weights: Float32Array; trans: Float64Array } {
  const T = (L + 1) * L;
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const tw = new Float64Array(T);
  const tu = new Float64Array(T);
  let c = 1;
  const order = sents.map((_, i) => i);
  const rng = { s: opts.seed ?? 1 };
  const averaged = () => {
    const aw = new Float32Array(F * L);
    for (let k = 0; k < aw.length; k++) aw[k] = w[k] - u[k] / c;
    const at = new Float64Array(T);
    for (let k = 0; k < T; k++) at[k] = tw[k] - tu[k] / c;
    return { weights: aw, trans: at };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, rng);
    for (const si of order) {
      const { ids, offs, gold } = sents[si];
      const n = gold.length;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let k = offs[i]; k < offs[i + 1]; k++) {
          const base = ids[k] * L;
          for (let l = 0; l < L; l++) emit[i * L + l] += w[base + l];
        }
      }
      const pred = viterbi(emit, n, L, tw);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let k = offs[i]; k < offs[i + 1]; k++) {
            const base = ids[k] * L;
            w[base + g] += 1;
            u[base + g] += c;
            w[base + p] -= 1;
            u[base + p] -= c;
          }
        }
        const gt = (i === 0 ? 0 : gold[i - 1] + 1) * L + g;
        const pt = (i === 0 ? 0 : pred[i - 1] + 1) * L + p;
        if (gt !== pt) {
          tw[gt] += 1;
          tu[gt] += c;
          tw[pt] -= 1;
          tu[pt] -= c;
        }
      }
      c++;
    }
    if (opts.onEpoch) {
      const a = averaged();
      opts.onEpoch(epoch, a.weights, a.trans);
    }
  }
  return averaged();
}

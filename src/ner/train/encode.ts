import { viterbi } from '../viterbi.js';

/** Feature strings of a sentence turned into integer ids: `ids[offs[i]..offs[i+1])` for token i. */
export interface EncodedSentence {
  ids: Int32Array;
  offs: Int32Array;
  gold: Int32Array;
}

/** Assigns ids to feature strings and counts how often each occurs in training data. */
export class FeatureInterner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  readonly counts: number[] = [];

  id(name: string, add: boolean): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      if (!add) return -1;
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.counts.push(0);
    }
    if (add) this.counts[id]++;
    return id;
  }

  /** Encodes a sentence; `add` = training data (new features get ids and counts), else unknown features are dropped. */
  encode(feats: readonly (readonly string[])[], gold: readonly number[], add: boolean): EncodedSentence {
    const ids: number[] = [];
    const offs = new Int32Array(feats.length + 1);
    feats.forEach((tf, i) => {
      offs[i] = ids.length;
      for (const f of tf) {
        const id = this.id(f, add);
        if (id >= 0) ids.push(id);
      }
    });
    offs[feats.length] = ids.length;
    return { ids: Int32Array.from(ids), offs, gold: Int32Array.from(gold) };
  }
}

/** Keeps only features whose id passes `keep` (rare-feature cut-off), ids unchanged. */
export function filterIds(s: EncodedSentence, keep: (id: number) => boolean): EncodedSentence {
  const ids: number[] = [];
  const offs = new Int32Array(s.offs.length);
  for (let i = 0; i + 1 < s.offs.length; i++) {
    offs[i] = ids.length;
    for (let k = s.offs[i]; k < s.offs[i + 1]; k++) if (keep(s.ids[k])) ids.push(s.ids[k]);
  }
  offs[s.offs.length - 1] = ids.length;
  return { ids: Int32Array.from(ids), offs, gold: s.gold };
}

/** Concatenates two encodings of the same sentence token by token. */
export function mergeEncoded(a: EncodedSentence, b: EncodedSentence): EncodedSentence {
  const n = a.gold.length;
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const offs = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offs[i] = k;
    for (let j = a.offs[i]; j < a.offs[i + 1]; j++) ids[k++] = a.ids[j];
    for (let j = b.offs[i]; j < b.offs[i + 1]; j++) ids[k++] = b.ids[j];
  }
  offs[n] = k;
  return { ids, offs, gold: a.gold };
}

/** Viterbi labels of an encoded sentence under raw weight arrays. */
export function decodeEncoded(s: EncodedSentence, weights: Float32Array | Float64Array, trans: Float64Array, L: number): number[] {
  const n = s.gold.length;
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = s.offs[i]; k < s.offs[i + 1]; k++) {
      const base = s.ids[k] * L;
      for (let l = 0; l < L; l++) emit[i * L + l] += weights[base + l];
    }
  }
  return viterbi(emit, n, L, trans);
}

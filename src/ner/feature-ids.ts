import type { Gazetteer } from './gazetteer.js';
import { CATEGORIES } from './gazetteer.js';
import { gazCode, gazetteerCodes, type GazWord } from './gazetteer-codes.js';
import { styleOf } from './doc-context.js';
import { documentFlags } from './doc-flags.js';
import type { NerModel } from './model.js';
import { C_BOS, C_EOS, indexerFor, STYLES, type FeatureIndexer, type WordIds } from './feature-indexer.js';
import { IdList } from './id-list.js';
import type { WordEntry } from './word-entry.js';

/**
 * The model's feature ids of `documentFeatures` (the same multiset of features per token),
 * without building the feature strings: ids of features that read one word alone are cached per
 * distinct word, pair features are looked up in an integer hash table of the model's own pairs,
 * and the small closed sets (case classes, gazetteer codes, flags) are integer tables. Order within a
 * token does not matter: the tagger's sums of quantised weights are exact (see `emission.ts`).
 * `documentFeatures` stays the definition (training uses it); a test checks the two agree.
 */

export interface DocumentIds {
  /** Every token of the document, sentences one after another. */
  words: WordIds[];
  /** Sentence s is tokens `sentStart[s]..sentStart[s+1]`. */
  sentStart: Int32Array;
  /** Per token, the ids beyond its word's `own` ids. */
  rest: IdList;
  /** Per token, 1 inside a multi-word title phrase (gazetteer tags of the raw tokens). */
  titleMask: Uint8Array;
  /** Per token, its lower-cased key's slot in this document (`slots` of them). */
  slot: Int32Array;
  slots: number;
}

const TITLE_PHRASE = CATEGORIES.indexOf('titlephrase');
const PLAIN = STYLES.indexOf('plain');

/** `rest` may be a list to reuse (the tagger's), else a new one holds the ids. */
export function documentFeatureIds(model: NerModel, gaz: Gazetteer, raw: readonly (readonly string[])[], rest?: IdList): DocumentIds {
  const X = indexerFor(model, gaz);
  const stamp = X.beginDocument();
  const sentStart = new Int32Array(raw.length + 1);
  raw.forEach((s, i) => (sentStart[i + 1] = sentStart[i] + s.length));
  const N = sentStart[raw.length];
  const words: WordIds[] = new Array(N);
  const es: WordEntry[] = new Array(N);
  const gw: GazWord[] = new Array(N);
  const slot = new Int32Array(N);
  let slots = 0;
  let t = 0;
  for (const s of raw) {
    for (const r of s) {
      const w = X.word(r);
      words[t] = w;
      es[t] = w.e;
      gw[t] = w.gaz;
      if (w.k.stamp !== stamp) (w.k.stamp = stamp), (w.k.slot = slots++);
      slot[t++] = w.k.slot;
    }
  }
  if (codes.length < N) codes = new Int32Array(N * 2);
  const titleMask = new Uint8Array(N);
  const style: number[] = [];
  const capsStyle = new Uint8Array(raw.length);
  for (let s = 0; s < raw.length; s++) {
    const a = sentStart[s];
    const b = sentStart[s + 1];
    gazetteerCodes(gaz, gw, a, b, codes);
    titlePhrases(gaz, gw, words, a, b, titleMask);
    style.push(STYLES.indexOf(styleOf(es, a, b)));
    capsStyle[s] = style[s] === PLAIN ? 0 : 1;
  }
  const flags = documentFlags(es, sentStart, capsStyle, codes, slot, slots);
  const out = rest ? rest.reset(N) : new IdList(N);
  for (let s = 0; s < raw.length; s++) sentenceIds(X, words, sentStart[s], sentStart[s + 1], codes, style[s], flags, slot, out);
  out.end(N);
  return { words, sentStart, rest: out, titleMask, slot, slots };
}

/** Gazetteer codes of the document's tokens (a work buffer, grown as needed). */
let codes = new Int32Array(0);
let rawCodes = new Int32Array(0);

/** Marks tokens inside a title phrase, from the codes of the raw tokens' keys (usually the same keys, so the same codes). */
function titlePhrases(gaz: Gazetteer, gw: readonly GazWord[], ws: readonly WordIds[], a: number, b: number, out: Uint8Array): void {
  let same = true;
  for (let i = a; i < b; i++) if (ws[i].rawGaz !== ws[i].gaz) same = false;
  let from = codes;
  if (!same) {
    // Only this sentence's slots are read (and written), so one list serves the whole document.
    if (rawWords.length < gw.length) rawWords.length = gw.length;
    for (let i = a; i < b; i++) rawWords[i] = ws[i].rawGaz;
    if (rawCodes.length < gw.length) rawCodes = new Int32Array(gw.length * 2);
    gazetteerCodes(gaz, rawWords, a, b, rawCodes);
    from = rawCodes;
  }
  for (let i = a; i < b; i++) out[i] = gazCode(from[i], TITLE_PHRASE) !== 0 ? 1 : 0;
}

/** The raw keys' gazetteer words of the sentence being marked (a work list, slots a..b of the current sentence). */
const rawWords: GazWord[] = [];

const runIds: number[] = [];

/** The ids of every token of one sentence (`words[a..b)`) beyond its own, appended to `out`. */
function sentenceIds(X: FeatureIndexer, ws: readonly WordIds[], a: number, b: number, codes: Int32Array, style: number, flags: Uint8Array, slot: Int32Array, out: IdList): void {
  const caps = style !== PLAIN;
  // Capitalised runs: per token, the `run=` feature id (or -1 when the token is not capitalised).
  runIds.length = 0;
  for (let i = a; i < b; i++) {
    if (!ws[i].e.cap) {
      runIds.push(-1);
      continue;
    }
    let j = i;
    while (j + 1 < b && ws[j + 1].e.cap) j++;
    const len = Math.min(j - i + 1, 4);
    for (let k = i; k <= j; k++) runIds.push(X.run[(len - 1) * 4 + (i === j ? 0 : k === i ? 1 : k === j ? 2 : 3)]);
    i = j;
  }
  const { bos, eos, pairs } = X;
  for (let i = a; i < b; i++) {
    const w = ws[i];
    const e = w.e;
    const c = w.cls;
    const prev = i > a ? ws[i - 1] : null;
    const next = i + 1 < b ? ws[i + 1] : null;
    const prev2 = i > a + 1 ? ws[i - 2] : null;
    const next2 = i + 2 < b ? ws[i + 2] : null;
    out.open(i);
    // The ids go through locals (one store per id, no field updates); `open` made room for them.
    const ids = out.ids;
    let n = out.length;
    n = put(ids, n, prev ? prev.wm1 : bos.wm1);
    n = put(ids, n, next ? next.wp1 : eos.wp1);
    n = put(ids, n, prev2 ? prev2.wm2 : bos.wm2);
    n = put(ids, n, next2 ? next2.wp2 : eos.wp2);
    // Pair features `T=a|b`, templates in PAIRS order.
    const kPrev = prev ? prev.keyId : bos.keyId;
    const kNext = next ? next.keyId : eos.keyId;
    n = put(ids, n, pairs.get(0, kPrev, w.keyId));
    n = put(ids, n, pairs.get(1, w.keyId, kNext));
    n = put(ids, n, pairs.get(2, prev2 ? prev2.keyId : bos.keyId, kPrev));
    n = put(ids, n, pairs.get(3, kNext, next2 ? next2.keyId : eos.keyId));
    n = put(ids, n, prev ? prev.ssm1 : bos.ssm1);
    n = put(ids, n, next ? next.ssp1 : eos.ssp1);
    n = put(ids, n, pairs.get(4, prev ? prev.shapeId : bos.keyId, w.shapeId));
    n = put(ids, n, pairs.get(5, w.shapeId, next ? next.shapeId : eos.keyId));
    n = put(ids, n, X.ccc[((prev ? prev.cls : C_BOS) * 9 + c) * 9 + (next ? next.cls : C_EOS)]);
    if (!prev || prev.e.opener) n = put(ids, n, X.first[c]);
    if (caps) (n = put(ids, n, X.st[style])), (n = put(ids, n, X.stc[style * 9 + c]));
    n = put(ids, n, runIds[i - a]);
    for (let m = codes[i], g = 0; m !== 0; m >>>= 2, g += 4) {
      if (!(m & 3)) continue;
      n = put(ids, n, X.g[g + (m & 3)]);
      n = put(ids, n, X.gc[(g + (m & 3)) * 9 + c]);
    }
    if (prev) for (let m = codes[i - 1], g = 0; m !== 0; m >>>= 2, g += 4) if (m & 3) n = put(ids, n, X.gm1[g + (m & 3)]);
    if (next) for (let m = codes[i + 1], g = 0; m !== 0; m >>>= 2, g += 4) if (m & 3) n = put(ids, n, X.gp1[g + (m & 3)]);
    if (prev2) for (let m = codes[i - 2], g = 0; m !== 0; m >>>= 2, g += 4) if (m & 3) n = put(ids, n, X.gm2[g + (m & 3)]);
    if (e.cls !== 'lower' && e.cls !== 'punct' && e.cls !== 'num') {
      const d = flags[slot[i]];
      const pos = i === a ? 0 : caps ? 1 : 2;
      if (d === 0) n = put(ids, n, X.none[pos]);
      for (let m = d, f = 0; m !== 0; m >>>= 1, f++) if (m & 1) (n = put(ids, n, X.d[f])), (n = put(ids, n, X.dp[f * 3 + pos]));
    }
    out.length = n;
  }
}

/** Appends `id` at `ids[n]` unless it is -1 (a feature the model does not know); the new length. */
function put(ids: Int32Array, n: number, id: number): number {
  if (id >= 0) ids[n++] = id;
  return n;
}

import type { Gazetteer } from './gazetteer.js';
import { gazetteerTagsOfKeys } from './gazetteer.js';
import { buildDocContextOf } from './doc-context.js';
import type { NerModel } from './model.js';
import { BOS, C_BOS, C_EOS, EOS, indexerFor, type FeatureIndexer, type WordIds } from './feature-indexer.js';

/**
 * The model's feature ids of `documentFeatures` (same features, same order, duplicates kept),
 * without building the feature strings: ids of features that read one word alone are cached per
 * distinct word, pair features are looked up in per-template maps of the model's own pairs, and
 * the small closed sets (case classes, gazetteer tags, flags) are tabled once per model.
 * `documentFeatures` stays the definition (training uses it); a test checks the two agree.
 */

export interface DocumentIds {
  /** Per sentence, per token: feature ids, as `featureIds(model, documentFeatures(raw, gaz))`. */
  ids: number[][][];
  /** Per sentence, per token: how many of its ids (a prefix) are its word's own features. */
  ownCount: number[][];
  /** The summed scores of that prefix under a pass (cached per word). */
  ownEmit: (s: number, i: number, pass: number) => Float64Array;
  /** Per sentence, per token: inside a multi-word title phrase (gazetteer tags of the raw tokens). */
  titleMask: boolean[][];
}

export function documentFeatureIds(model: NerModel, gaz: Gazetteer, raw: readonly (readonly string[])[]): DocumentIds {
  const X = indexerFor(model, gaz);
  const words = raw.map((s) => s.map((r) => X.word(r)));
  const gazTags = words.map((ws) => gazetteerTagsOfKeys(gaz, ws.map((w) => w.e.gazKey), ws.map((w) => w.e.alnum)));
  const ctx = buildDocContextOf(words.map((ws) => ws.map((w) => w.e)), gazTags);
  const titleMask = words.map((ws, s) =>
    (ws.every((w) => w.e.rawGazKey === w.e.gazKey) ? gazTags[s] : gazetteerTagsOfKeys(gaz, ws.map((w) => w.e.rawGazKey))).map((tags) =>
      tags.some((t) => t.startsWith('titlephrase:')),
    ),
  );
  const ids = words.map((ws, s) => sentenceIds(X, ws, gazTags[s], ctx.style[s], ctx.flags));
  return { ids, titleMask, ownCount: words.map((ws) => ws.map((w) => w.own.length)), ownEmit: (s, i, pass) => X.ownEmit(words[s][i], pass) };
}

function sentenceIds(X: FeatureIndexer, ws: readonly WordIds[], g: readonly string[][], style: string, flags: Map<string, Set<string>>): number[][] {
  const n = ws.length;
  const caps = style !== 'plain';
  const key = (i: number) => (i < 0 ? BOS : i >= n ? EOS : ws[i].e.key);
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : ws[i].e.sshape);
  const cl = (i: number) => (i < 0 ? C_BOS : i >= n ? C_EOS : ws[i].cls);
  const left = (i: number, p: number) => (i < 0 ? X.bos.left[p] : i >= n ? X.eos.left[p] : ws[i].left[p]);
  // Capitalised runs: per token, the `run=` feature id (or -1 when the token is not capitalised).
  const run = new Array<number>(n).fill(-1);
  for (let a = 0; a < n; a++) {
    if (!ws[a].e.cap) continue;
    let b = a;
    while (b + 1 < n && ws[b + 1].e.cap) b++;
    const len = Math.min(b - a + 1, 4);
    for (let i = a; i <= b; i++) run[i] = X.run[(len - 1) * 4 + (a === b ? 0 : i === a ? 1 : i === b ? 2 : 3)];
    a = b;
  }
  const st = X.style[style];
  return ws.map((w, i) => {
    const out: number[] = [];
    const { e, cls: c } = w;
    for (const id of w.own) out.push(id);
    add(out, i >= 1 ? ws[i - 1].wm1 : X.bos.wm1);
    add(out, i + 1 < n ? ws[i + 1].wp1 : X.eos.wp1);
    add(out, i >= 2 ? ws[i - 2].wm2 : X.bos.wm2);
    add(out, i + 2 < n ? ws[i + 2].wp2 : X.eos.wp2);
    // Pair features `T=a|b`: the left word's map for template T, then b.
    addPair(out, left(i - 1, 0), e.key);
    addPair(out, w.left[1], key(i + 1));
    addPair(out, left(i - 2, 2), key(i - 1));
    addPair(out, left(i + 1, 3), key(i + 2));
    add(out, i >= 1 ? ws[i - 1].ssm1 : X.bos.ssm1);
    add(out, i + 1 < n ? ws[i + 1].ssp1 : X.eos.ssp1);
    addPair(out, left(i - 1, 4), e.sshape);
    addPair(out, w.left[5], sh(i + 1));
    add(out, X.ccc[(cl(i - 1) * 9 + c) * 9 + cl(i + 1)]);
    if (i === 0 || ws[i - 1].e.opener) add(out, X.first[c]);
    if (caps) add(out, st.st), add(out, st.stc[c]);
    for (const id of w.hyphen) out.push(id);
    add(out, run[i]);
    for (const t of g[i]) {
      const tg = X.tag(t);
      add(out, tg.g), add(out, tg.gc[c]);
    }
    if (i > 0) for (const t of g[i - 1]) add(out, X.tag(t).gm1);
    if (i + 1 < n) for (const t of g[i + 1]) add(out, X.tag(t).gp1);
    if (i > 1) for (const t of g[i - 2]) add(out, X.tag(t).gm2);
    if (e.cls !== 'lower' && e.cls !== 'punct' && e.cls !== 'num') {
      const d = flags.get(e.key);
      const pos = i === 0 ? 0 : caps ? 1 : 2;
      if (d) for (const f of d) add(out, X.flag(f).d), add(out, X.flag(f).dp[pos]);
      else add(out, X.none[pos]);
    }
    return out;
  });
}

function add(out: number[], id: number): void {
  if (id >= 0) out.push(id);
}

function addPair(out: number[], m: Map<string, number> | undefined, b: string): void {
  const id = m?.get(b);
  if (id !== undefined) out.push(id);
}

import type { Gazetteer } from './gazetteer.js';
import { wordCategories } from './gazetteer.js';
import type { NerModel } from './model.js';
import type { WordEntry } from './word-entry.js';
import { wordEntry } from './word-entry.js';

/**
 * What `documentFeatureIds` looks feature ids up in, built once per model and gazetteer: ids of
 * the features that read one word alone (cached per distinct word), per-template maps of the
 * model's own pair features, and tables over the small closed sets (case classes, gazetteer
 * tags, document flags, styles, capitalised runs).
 */

export const BOS = '<s>';
export const EOS = '</s>';
const CLASSES = ['init', 'caps', 'lower', 'mixed', 'num', 'punct', 'other', BOS, EOS];
const CLS = new Map(CLASSES.map((c, i) => [c, i]));
export const C_BOS = 7;
export const C_EOS = 8;
const PAIRS = ['w-1w', 'ww+1', 'w-2w-1', 'w+1w+2', 'ss-1ss', 'ssss+1'] as const;
type Pair = (typeof PAIRS)[number];
const POS = ['F', 'C', 'M'];

/** Ids of one word's own features, and of the features it lends its neighbours. */
export interface WordIds {
  e: WordEntry;
  cls: number;
  own: number[];
  hyphen: number[];
  wm1: number;
  wp1: number;
  wm2: number;
  wp2: number;
  ssm1: number;
  ssp1: number;
  /** Per pair template (PAIRS order), the model's right-hand words when this word is the left one. */
  left: (Map<string, number> | undefined)[];
  /** Per pass, the emission scores of `own` alone (summed in order; later ids add on top). */
  ownEmit: Float64Array[];
}

interface TagIds {
  g: number;
  gc: number[];
  gm1: number;
  gp1: number;
  gm2: number;
}

export class FeatureIndexer {
  private readonly words = new Map<string, WordIds>();
  private readonly pairs = new Map<Pair, Map<string, Map<string, number>>>();
  private readonly tags = new Map<string, TagIds>();
  private readonly flags = new Map<string, { d: number; dp: number[] }>();
  readonly ccc = new Int32Array(9 * 9 * 9);
  readonly first: number[];
  readonly style: Record<string, { st: number; stc: number[] }>;
  readonly run: number[];
  readonly none: number[];
  readonly bos: { wm1: number; wm2: number; ssm1: number; left: (Map<string, number> | undefined)[] };
  readonly eos: { wp1: number; wp2: number; ssp1: number; left: (Map<string, number> | undefined)[] };

  constructor(
    private readonly model: NerModel,
    private readonly gaz: Gazetteer,
  ) {
    for (const p of PAIRS) this.pairs.set(p, new Map());
    model.features.forEach((f, id) => {
      const eq = f.indexOf('=');
      const pairs = eq > 0 ? this.pairs.get(f.slice(0, eq) as Pair) : undefined;
      if (!pairs) return;
      // Every split at a '|' is recorded, so a lookup of (a, b) finds exactly the string `T=a|b`.
      for (let bar = f.indexOf('|', eq + 1); bar >= 0; bar = f.indexOf('|', bar + 1)) {
        const a = f.slice(eq + 1, bar);
        let m = pairs.get(a);
        if (!m) pairs.set(a, (m = new Map()));
        m.set(f.slice(bar + 1), id);
      }
    });
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) for (let c = 0; c < 9; c++) this.ccc[(a * 9 + b) * 9 + c] = this.id(`ccc=${CLASSES[a]}|${CLASSES[b]}|${CLASSES[c]}`);
    this.first = CLASSES.map((c) => this.id(`first|${c}`));
    this.style = Object.fromEntries(['caps', 'title', 'plain'].map((s) => [s, { st: this.id(`st=${s}`), stc: CLASSES.map((c) => this.id(`st|c=${s}|${c}`)) }]));
    this.run = [1, 2, 3, 4].flatMap((len) => ['S', 'B', 'E', 'I'].map((pos) => this.id(`run=${len}${pos}`)));
    this.none = POS.map((p) => this.id(`d=none|${p}`));
    this.bos = { wm1: this.id(`w-1=${BOS}`), wm2: this.id(`w-2=${BOS}`), ssm1: this.id(`ss-1=${BOS}`), left: PAIRS.map((p) => this.pairs.get(p)!.get(BOS)) };
    this.eos = { wp1: this.id(`w+1=${EOS}`), wp2: this.id(`w+2=${EOS}`), ssp1: this.id(`ss+1=${EOS}`), left: PAIRS.map((p) => this.pairs.get(p)!.get(EOS)) };
  }

  id(feature: string): number {
    return this.model.index.get(feature) ?? -1;
  }

  /** Emission scores of a word's own features under one pass, summed once per word and pass. */
  ownEmit(w: WordIds, pass: number): Float64Array {
    let e = w.ownEmit[pass];
    if (!e) {
      const L = this.model.labels.length;
      const { weights } = this.model.passes[pass];
      e = new Float64Array(L);
      for (const id of w.own) for (let l = 0; l < L; l++) e[l] += weights[id * L + l];
      w.ownEmit[pass] = e;
    }
    return e;
  }

  word(raw: string): WordIds {
    let w = this.words.get(raw);
    if (w) return w;
    const e = wordEntry(raw);
    const { tok, key } = e;
    const own = ['b', `w=${key}`, `W=${tok}`, `s=${e.shape}`, `ss=${e.sshape}`, `c=${e.cls}`];
    for (let k = 1; k <= 4 && k < key.length; k++) own.push(`p${k}=${key.slice(0, k)}`, `x${k}=${key.slice(key.length - k)}`);
    const hyphen: string[] = [];
    const hy = tok.indexOf('-');
    if (hy > 0 && hy < tok.length - 1) {
      const parts = key.split('-');
      hyphen.push(`h0=${parts[0]}`, `hL=${parts[parts.length - 1]}`);
      for (const part of [parts[0], parts[parts.length - 1]]) for (const cat of wordCategories(this.gaz, part)) hyphen.push(`hg=${cat}`);
    }
    const known = (fs: string[]) => fs.map((f) => this.id(f)).filter((id) => id >= 0);
    w = {
      e,
      cls: CLS.get(e.cls)!,
      own: known(own),
      hyphen: known(hyphen),
      wm1: this.id(`w-1=${key}`),
      wp1: this.id(`w+1=${key}`),
      wm2: this.id(`w-2=${key}`),
      wp2: this.id(`w+2=${key}`),
      ssm1: this.id(`ss-1=${e.sshape}`),
      ssp1: this.id(`ss+1=${e.sshape}`),
      left: PAIRS.map((p) => this.pairs.get(p)!.get(p.startsWith('ss') ? e.sshape : key)),
      ownEmit: [],
    };
    if (this.words.size >= 50_000) this.words.clear();
    this.words.set(raw, w);
    return w;
  }

  tag(t: string): TagIds {
    let ids = this.tags.get(t);
    if (!ids) {
      ids = { g: this.id(`g=${t}`), gc: CLASSES.map((c) => this.id(`g|c=${t}|${c}`)), gm1: this.id(`g-1=${t}`), gp1: this.id(`g+1=${t}`), gm2: this.id(`g-2=${t}`) };
      this.tags.set(t, ids);
    }
    return ids;
  }

  flag(f: string): { d: number; dp: number[] } {
    let ids = this.flags.get(f);
    if (!ids) this.flags.set(f, (ids = { d: this.id(`d=${f}`), dp: POS.map((p) => this.id(`d|p=${f}|${p}`)) }));
    return ids;
  }
}

const indexers = new WeakMap<NerModel, WeakMap<Gazetteer, FeatureIndexer>>();

export function indexerFor(model: NerModel, gaz: Gazetteer): FeatureIndexer {
  let byGaz = indexers.get(model);
  if (!byGaz) indexers.set(model, (byGaz = new WeakMap()));
  let x = byGaz.get(gaz);
  if (!x) byGaz.set(gaz, (x = new FeatureIndexer(model, gaz)));
  return x;
}

import type { Gazetteer } from './gazetteer.js';
import { CATEGORIES, wordCategories } from './gazetteer.js';
import { FLAG_NAMES } from './doc-flags.js';
import { gazWord } from './gazetteer-codes.js';
import { PairTable } from './pair-table.js';
import type { NerModel } from './model.js';
import type { KeyIds, ShortShapeIds, WordIds } from './word-ids.js';
import { wordEntry } from './word-entry.js';

/**
 * What `documentFeatureIds` looks feature ids up in, built once per model and gazetteer: ids of
 * the features that read one word alone (cached per distinct word), a hash table of the
 * model's own pair features, and integer tables over the small closed sets (case classes,
 * gazetteer codes, document flags, styles, capitalised runs); -1 marks a feature the model
 * does not know.
 */

export const BOS = '<s>';
export const EOS = '</s>';
const CLASSES = ['init', 'caps', 'lower', 'mixed', 'num', 'punct', 'other', BOS, EOS];
const CLS = new Map(CLASSES.map((c, i) => [c, i]));
export const C_BOS = 7;
export const C_EOS = 8;
/** Pair templates; `PairTable` ids are their indexes. */
export const PAIRS = ['w-1w', 'ww+1', 'w-2w-1', 'w+1w+2', 'ss-1ss', 'ssss+1'] as const;
export const STYLES = ['caps', 'title', 'plain'] as const;
const POS = ['F', 'C', 'M'];
const GAZ_POS = ['', 'U', 'B', 'I'];

export type { KeySlot, WordIds } from './word-ids.js';

const CAP = 50_000;

/** Pair tables of models loaded pre-built (ner-model-file.ts), equal to `PairTable.ofModel(model.features, PAIRS)`. */
const prebuiltPairs = new WeakMap<NerModel, PairTable>();

export function adoptPairTable(model: NerModel, pairs: PairTable): void {
  prebuiltPairs.set(model, pairs);
}

export class FeatureIndexer {
  private readonly words = new Map<string, WordIds>();
  private readonly keys = new Map<string, KeyIds>();
  private readonly shapes = new Map<string, number>();
  private readonly shortShapes = new Map<string, ShortShapeIds>();
  /** `c=` ids by class index. */
  private readonly classIds: Int32Array;
  /** Pair features by template (PAIRS order) and pair-word ids. */
  readonly pairs: PairTable;
  readonly ccc = new Int32Array(9 * 9 * 9);
  readonly first: Int32Array;
  /** By STYLES index: `st=`, and `st|c=` per class. */
  readonly st: Int32Array;
  readonly stc: Int32Array;
  readonly run: Int32Array;
  readonly none: Int32Array;
  /** By `category * 4 + code` (gazetteer codes): `g=`, `g|c=` per class, `g-1=`, `g+1=`, `g-2=`. */
  readonly g: Int32Array;
  readonly gc: Int32Array;
  readonly gm1: Int32Array;
  readonly gp1: Int32Array;
  readonly gm2: Int32Array;
  /** By flag bit (FLAG_NAMES order): `d=`, and `d|p=` per position. */
  readonly d: Int32Array;
  readonly dp: Int32Array;
  readonly bos: { wm1: number; wm2: number; ssm1: number; keyId: number };
  readonly eos: { wp1: number; wp2: number; ssp1: number; keyId: number };
  private stamp = 0;

  constructor(
    private readonly model: NerModel,
    private readonly gaz: Gazetteer,
  ) {
    this.pairs = prebuiltPairs.get(model) ?? PairTable.ofModel(model.features, PAIRS);
    const ids = (names: string[]) => Int32Array.from(names, (f) => this.id(f));
    for (let a = 0; a < 9; a++) for (let b = 0; b < 9; b++) for (let c = 0; c < 9; c++) this.ccc[(a * 9 + b) * 9 + c] = this.id(`ccc=${CLASSES[a]}|${CLASSES[b]}|${CLASSES[c]}`);
    this.first = ids(CLASSES.map((c) => `first|${c}`));
    this.classIds = ids(CLASSES.map((c) => `c=${c}`));
    this.st = ids(STYLES.map((s) => `st=${s}`));
    this.stc = ids(STYLES.flatMap((s) => CLASSES.map((c) => `st|c=${s}|${c}`)));
    this.run = ids([1, 2, 3, 4].flatMap((len) => ['S', 'B', 'E', 'I'].map((pos) => `run=${len}${pos}`)));
    this.none = ids(POS.map((p) => `d=none|${p}`));
    const tags = CATEGORIES.flatMap((cat) => GAZ_POS.map((pos) => `${cat}:${pos}`));
    this.g = ids(tags.map((t) => `g=${t}`));
    this.gc = ids(tags.flatMap((t) => CLASSES.map((c) => `g|c=${t}|${c}`)));
    this.gm1 = ids(tags.map((t) => `g-1=${t}`));
    this.gp1 = ids(tags.map((t) => `g+1=${t}`));
    this.gm2 = ids(tags.map((t) => `g-2=${t}`));
    this.d = ids(FLAG_NAMES.map((f) => `d=${f}`));
    this.dp = ids(FLAG_NAMES.flatMap((f) => POS.map((p) => `d|p=${f}|${p}`)));
    this.bos = { wm1: this.id(`w-1=${BOS}`), wm2: this.id(`w-2=${BOS}`), ssm1: this.id(`ss-1=${BOS}`), keyId: this.pairs.wordId(BOS) };
    this.eos = { wp1: this.id(`w+1=${EOS}`), wp2: this.id(`w+2=${EOS}`), ssp1: this.id(`ss+1=${EOS}`), keyId: this.pairs.wordId(EOS) };
  }

  id(feature: string): number {
    return this.model.index.get(feature) ?? -1;
  }

  /** Starts a document: a fresh stamp for key slots (caches are only cleared here, never mid-document). */
  beginDocument(): number {
    if (this.words.size >= CAP || this.keys.size >= CAP) {
      this.words.clear();
      this.keys.clear();
      this.shapes.clear();
      this.shortShapes.clear();
    }
    return ++this.stamp;
  }

  word(raw: string): WordIds {
    let w = this.words.get(raw);
    if (w) return w;
    const e = wordEntry(raw);
    const { tok, key } = e;
    const cls = CLS.get(e.cls)!;
    const k = this.keyIds(key);
    const ss = this.shortShapeIds(e.sshape);
    const own = ['b', `W=${tok}`].map((f) => this.id(f));
    own.push(this.shapeId(e.shape), ss.ss, this.classIds[cls], ...k.own);
    const hy = tok.indexOf('-');
    if (hy > 0 && hy < tok.length - 1) {
      const parts = key.split('-');
      const hyphen = [`h0=${parts[0]}`, `hL=${parts[parts.length - 1]}`];
      for (const part of [parts[0], parts[parts.length - 1]]) for (const cat of wordCategories(this.gaz, part)) hyphen.push(`hg=${cat}`);
      for (const f of hyphen) own.push(this.id(f));
    }
    const gaz = gazWord(this.gaz, e.gazKey);
    w = {
      e,
      cls,
      own: Int32Array.from(own.filter((id) => id >= 0)),
      ownScore: null,
      wm1: k.wm1,
      wp1: k.wp1,
      wm2: k.wm2,
      wp2: k.wp2,
      ssm1: ss.ssm1,
      ssp1: ss.ssp1,
      keyId: k.keyId,
      shapeId: ss.shapeId,
      gaz,
      rawGaz: e.rawGazKey === e.gazKey ? gaz : gazWord(this.gaz, e.rawGazKey),
      k,
    };
    this.words.set(raw, w);
    return w;
  }

  private keyIds(key: string): KeyIds {
    let k = this.keys.get(key);
    if (k) return k;
    const own = [this.id(`w=${key}`)];
    for (let n = 1; n <= 4 && n < key.length; n++) own.push(this.id(`p${n}=${key.slice(0, n)}`), this.id(`x${n}=${key.slice(key.length - n)}`));
    k = {
      stamp: 0,
      slot: 0,
      own,
      wm1: this.id(`w-1=${key}`),
      wp1: this.id(`w+1=${key}`),
      wm2: this.id(`w-2=${key}`),
      wp2: this.id(`w+2=${key}`),
      keyId: this.pairs.wordId(key),
    };
    this.keys.set(key, k);
    return k;
  }

  private shapeId(shape: string): number {
    let id = this.shapes.get(shape);
    if (id === undefined) this.shapes.set(shape, (id = this.id(`s=${shape}`)));
    return id;
  }

  private shortShapeIds(sshape: string): ShortShapeIds {
    let ids = this.shortShapes.get(sshape);
    if (!ids) {
      ids = { ss: this.id(`ss=${sshape}`), ssm1: this.id(`ss-1=${sshape}`), ssp1: this.id(`ss+1=${sshape}`), shapeId: this.pairs.wordId(sshape) };
      this.shortShapes.set(sshape, ids);
    }
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

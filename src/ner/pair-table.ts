/**
 * The model's pair features (`T=a|b`) as one open-addressing hash table over integers: template
 * index, left word id, right word id → feature id. One probe usually reads one cache line, where
 * nested Maps of strings cost several dependent lookups per pair (there are six per token).
 */
export interface PairTableParts {
  words: string[];
  table: Int32Array;
  size: number;
}

export class PairTable {
  /** The words (keys, short shapes, BOS/EOS) of the model's pair features as small integers. */
  private readonly words = new Map<string, number>();

  /** The pair features among `features` (ids = indexes) whose template is one of `templates` (table ids = their indexes). */
  static ofModel(features: readonly string[], templates: readonly string[]): PairTable {
    const table = new PairTable(features.length / 4);
    const template = new Map(templates.map((p, i) => [p, i]));
    features.forEach((f, id) => {
      const eq = f.indexOf('=');
      const t = eq > 0 ? template.get(f.slice(0, eq)) : undefined;
      if (t === undefined) return;
      // Every split at a '|' is recorded, so a lookup of (a, b) finds exactly the string `T=a|b`.
      for (let bar = f.indexOf('|', eq + 1); bar >= 0; bar = f.indexOf('|', bar + 1)) {
        table.set(t, table.wordId(f.slice(eq + 1, bar), true), table.wordId(f.slice(bar + 1), true), id);
      }
    });
    return table;
  }

  /** The table as stored pre-built (ner-model-file.ts): words in id order, slots, entry count. */
  parts(): PairTableParts {
    return { words: [...this.words.keys()], table: this.table, size: this.size };
  }

  static fromParts(parts: PairTableParts): PairTable {
    const t = new PairTable(0);
    parts.words.forEach((w, i) => t.words.set(w, i));
    t.table = parts.table;
    t.mask = parts.table.length / 3 - 1;
    t.size = parts.size;
    return t;
  }

  /** A word's id (-1 when no pair feature holds it, unless `add`). */
  wordId(word: string, add = false): number {
    let id = this.words.get(word);
    if (id === undefined) {
      if (!add) return -1;
      this.words.set(word, (id = this.words.size));
    }
    return id;
  }

  /** Per slot: `template + 8 * left` (-1 = empty), right, feature id. */
  private table: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 3).fill(-1);
    this.mask = slots - 1;
  }

  /** Feature id of template `t` (< 8) over word ids `a` and `b`, or -1 (also when either id is -1). */
  get(t: number, a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    const k = t + 8 * a;
    const T = this.table;
    for (let s = hash(k, b) & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * 3;
      if (T[at] === k && T[at + 1] === b) return T[at + 2];
      if (T[at] === -1) return -1;
    }
  }

  set(t: number, a: number, b: number, id: number): void {
    if (this.size * 2 >= this.mask + 1) this.grow();
    const k = t + 8 * a;
    const T = this.table;
    for (let s = hash(k, b) & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * 3;
      if (T[at] === -1) this.size++;
      else if (T[at] !== k || T[at + 1] !== b) continue;
      T[at] = k;
      T[at + 1] = b;
      T[at + 2] = id;
      return;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] !== -1) this.set(old[at] & 7, old[at] >> 3, old[at + 1], old[at + 2]);
  }
}

function hash(k: number, b: number): number {
  let h = Math.imul(k, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

import { isSpaceCode } from '../../text/chars.js';

/**
 * A read-only word → rank table over a one-word-a-line list, built without a string per line:
 * an open-addressing hash table (typed arrays) of line numbers whose text stays in the list.
 * Splitting the 238k-line frequency list and filling a Map cost every process (and worker)
 * ~90-110 ms of CPU at start-up; this builds in ~20-45 ms. Lines are trimmed; the first line
 * with a word gives its rank (line number, from 1); empty lines count as lines.
 */
/** Per line: start and end offset of its trimmed text; the hash slots (power-of-two length). */
export interface WordTableParts {
  starts: Int32Array;
  ends: Int32Array;
  slots: Int32Array;
}

export class WordTable {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Line index + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * Builds the table over `list`, or takes `built` (the arrays of a table built over this same
   * list earlier, see `parts` and word-table-file.ts) as they are.
   */
  constructor(
    private readonly list: string,
    built?: WordTableParts,
  ) {
    if (built) {
      ({ starts: this.starts, ends: this.ends, slots: this.slots } = built);
      this.mask = this.slots.length - 1;
      return;
    }
    let lines = 1;
    for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 0x0a) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    let size = 1024;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let from = 0;
    for (let line = 0; line < lines; line++) {
      let to = list.indexOf('\n', from);
      if (to < 0) to = list.length;
      let s = from;
      let e = to;
      while (s < e && isSpaceCode(list.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(list.charCodeAt(e - 1))) e--;
      this.starts[line] = s;
      this.ends[line] = e;
      if (e > s) this.insert(line, s, e);
      from = to + 1;
    }
  }

  /** The arrays the table is made of (to store it pre-built). */
  parts(): WordTableParts {
    return { starts: this.starts, ends: this.ends, slots: this.slots };
  }

  /** Rank (line number) of the word, or 0 when no line holds it; `lower` folds A-Z first. */
  rank(word: string, lower = false): number {
    let slot = hashOf(word, 0, word.length, lower) & this.mask;
    for (let line = this.slots[slot]; line !== 0; line = this.slots[slot]) {
      if (this.holds(line - 1, word, lower)) return line;
      slot = (slot + 1) & this.mask;
    }
    return 0;
  }

  private insert(line: number, s: number, e: number): void {
    let slot = hashOf(this.list, s, e, false) & this.mask;
    for (let other = this.slots[slot]; other !== 0; other = this.slots[slot]) {
      if (this.sameLine(other - 1, s, e)) return; // a repeated word keeps its first rank
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = line + 1;
  }

  private sameLine(line: number, s: number, e: number): boolean {
    const t = this.starts[line];
    if (this.ends[line] - t !== e - s) return false;
    for (let i = 0; i < e - s; i++) if (this.list.charCodeAt(t + i) !== this.list.charCodeAt(s + i)) return false;
    return true;
  }

  private holds(line: number, word: string, lower: boolean): boolean {
    const s = this.starts[line];
    if (this.ends[line] - s !== word.length) return false;
    for (let i = 0; i < word.length; i++) if (this.list.charCodeAt(s + i) !== fold(word.charCodeAt(i), lower)) return false;
    return true;
  }
}

const fold = (c: number, lower: boolean) => (lower && c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, s: number, e: number, lower: boolean): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ fold(text.charCodeAt(i), lower), 0x01000193);
  return h >>> 0;
}

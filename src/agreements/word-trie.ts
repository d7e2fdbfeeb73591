/**
 * A set of lower-case ASCII words, each with bits, as a trie read along the text's runs of ASCII
 * letters (case-insensitively) without building a string per word: node n's child for letter L
 * is next[n * 26 + L] (0: none), and bits[n] holds the bits of the word ending at n.
 */
export class WordTrie {
  private readonly next: Int32Array;
  private readonly bits: Int32Array;

  constructor(words: Map<string, number>) {
    let size = 1;
    for (const w of words.keys()) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`WordTrie: not a lower-case ASCII word: ${JSON.stringify(w)}`);
      size += w.length;
    }
    this.next = new Int32Array(size * 26);
    this.bits = new Int32Array(size);
    let nodes = 1;
    for (const [w, b] of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const k = node * 26 + w.charCodeAt(i) - 97;
        node = this.next[k] || (this.next[k] = nodes++);
      }
      this.bits[node] |= b;
    }
  }

  /** The bits of the word text[start, end) (ASCII letters), 0 when it is none. */
  private wordBits(text: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end && node >= 0; i++) node = this.next[node * 26 + (text.charCodeAt(i) | 32) - 97] || -1;
    return node > 0 ? this.bits[node] : 0;
  }

  /**
   * The OR of the bits of every run of ASCII letters in `text` that is a word; -1 (every bit)
   * when the text holds a letter a /iu RegExp folds to ASCII (see foldsToAscii). One pass, the
   * trie walked along each run as it is read.
   */
  maskOf(text: string): number {
    const { next, bits } = this;
    let mask = 0;
    // The trie node of the current run (0: between runs), or -1 once the run has left the trie.
    let node = 0;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) {
        if (node >= 0) node = next[node * 26 + lower - 97] || -1;
        continue;
      }
      if (node > 0) mask |= bits[node];
      node = 0;
      if (c === KELVIN || c === LONG_S) return -1;
    }
    return mask;
  }

  /** Where the runs of ASCII letters that are words start, from `from` on (a run begun before `from` counts whole). */
  startsIn(text: string, from: number): number[] {
    const out: number[] = [];
    let i = from;
    while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
    while (i < text.length) {
      if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
      if (start >= from && this.wordBits(text, start, i)) out.push(start);
    }
    return out;
  }
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const KELVIN = 0x212a;
const LONG_S = 0x17f;

/** The Kelvin sign and the long s match "k" and "s" under a RegExp's /iu flags: words a trie cannot see. */
export function foldsToAscii(text: string): boolean {
  return text.includes('\u212a') || text.includes('\u017f');
}

/** The first run of ASCII letters of a phrase ("green-lit" → "green", "'ll" → "ll", "set up" → "set"). */
export function firstRun(phrase: string): string {
  return /[a-z]+/.exec(phrase.toLowerCase())?.[0] ?? '';
}

/**
 * A lexicon RegExp of phrases bounded by non-letter lookarounds, behind a cheap gate: every
 * match starts with a phrase's first word standing as a whole run of ASCII letters, so a text
 * holding none of those words (and nothing `alsoIf` accepts) is answered without the RegExp.
 */
export class GatedWords {
  private readonly firsts: WordTrie | null;

  constructor(
    readonly re: RegExp,
    phrases: string[],
    private readonly alsoIf: (text: string) => boolean = () => false,
  ) {
    // A phrase not opening with an ASCII letter has no such word: no gate then.
    this.firsts = phrases.every((p) => /^[a-z]/i.test(p)) ? new WordTrie(new Map(phrases.map((p) => [firstRun(p), 1]))) : null;
  }

  test(text: string): boolean {
    // (maskOf is -1, not 0, for a text with a letter that folds to ASCII.)
    if (this.firsts && this.firsts.maskOf(text) === 0 && !this.alsoIf(text)) return false;
    return this.re.test(text);
  }
}

import { altOrder } from './lexicon.js';

/**
 * A case-sensitive list of literal phrases found in text exactly as the RegExp
 * `(?<![\p{L}\d])(?:${alt(phrases)})(?![\p{L}\d])` with flags `gu` finds them (a space in a
 * phrase matches any run of whitespace), without running that alternation of hundreds of
 * names at every position: only the phrases sharing the first character are tried there,
 * in the alternation's own order.
 */
export class PhraseIndex {
  /** Phrases by their first two code units (a one-unit phrase under its unit and 0xffff). */
  private readonly byStart = new Map<number, string[]>();
  /** A code unit some phrase starts with, not after an ASCII letter or digit: where a lookup can pay. */
  private readonly startRe: RegExp;

  constructor(phrases: Iterable<string>) {
    const firsts = new Set<number>();
    for (const p of altOrder(phrases)) {
      // Only a plain space stands for whitespace (as in esc()); other whitespace would need the RegExp.
      if (/^\s|\s$|[^\S ]/.test(p)) throw new Error(`PhraseIndex: unsupported whitespace in ${JSON.stringify(p)}`);
      if (p.length < 2 || p.charCodeAt(1) === 32) throw new Error(`PhraseIndex: phrase too short to index: ${JSON.stringify(p)}`);
      firsts.add(p.charCodeAt(0));
      const key = p.charCodeAt(0) * 0x10000 + p.charCodeAt(1);
      const list = this.byStart.get(key);
      if (list) list.push(p);
      else this.byStart.set(key, [p]);
    }
    // Code units, not code points (no u flag): the RegExp engine skips the text far faster than a loop.
    // The look-behind comes after the class (it then reads the unit before the one matched), so the
    // engine scans for the class first.
    const units = [...firsts].sort((a, b) => a - b).map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
    this.startRe = new RegExp(`[${units || '^\\s\\S'}](?<![A-Za-z0-9][\\s\\S])`, 'g');
  }

  /** Every match [start, end) in `text`, left to right, as the RegExp's exec loop yields them. */
  matches(text: string): [number, number][] {
    const out: [number, number][] = [];
    const n = text.length - 1;
    const re = this.startRe;
    re.lastIndex = 0;
    // Only positions where a phrase may start, not inside a word (a one-unit match: p = lastIndex - 1).
    while (re.test(text)) {
      const p = re.lastIndex - 1;
      if (p >= n) break;
      const list = this.byStart.get(text.charCodeAt(p) * 0x10000 + text.charCodeAt(p + 1));
      if (!list || letterOrDigitBefore(text, p)) continue;
      for (const phrase of list) {
        const e = matchAt(text, p, phrase);
        if (e >= 0 && !letterOrDigitAt(text, e)) {
          out.push([p, e]);
          re.lastIndex = e;
          break;
        }
      }
    }
    return out;
  }
}

const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The end of `phrase` matched at text[p], a space taking a whole run of whitespace; -1 if it does not match. */
function matchAt(text: string, p: number, phrase: string): number {
  let i = p;
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (c !== 32) {
      if (text.charCodeAt(i) !== c) return -1;
      i++;
      continue;
    }
    // "\s+\s+…" for a run of spaces: one whitespace each, then the rest of the run (greedy).
    let spaces = 1;
    while (phrase.charCodeAt(k + 1) === 32) { spaces++; k++; }
    let ws = 0;
    while (i < text.length && isWhitespace(text.charCodeAt(i))) { ws++; i++; }
    if (ws < spaces) return -1;
  }
  return i;
}

const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return isAsciiLetterOrDigit(cp);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** (?![\p{L}\d]) at i. */
function letterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && isLetterOrDigit(text.codePointAt(i)!);
}

/** (?<![\p{L}\d]) at i: the code point before i (a surrogate pair read whole). */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetterOrDigit(text.codePointAt(i - 2)!);
  }
  return isLetterOrDigit(c);
}

/** JavaScript's \s. */
function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

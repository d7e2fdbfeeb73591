/**
 * The figures lexer: a single linear regex pass that keeps what the number grammar needs
 * (digit groups with their separators, vulgar fractions, words, single symbols) and marks URLs
 * and e-mail addresses so nothing inside them becomes a figure. Offsets are `doc.text` offsets.
 */
import { asciiWordEnd, isAsciiDigit, isAsciiLetter, isClosedMark, isSpaceCode } from '../text/chars.js';

export type TokKind = 'num' | 'word' | 'sym' | 'frac' | 'skip';

export interface Tok {
  k: TokKind;
  s: number;
  e: number;
  /** The token as written. */
  t: string;
  /** Lower case, curly apostrophes straightened. */
  l: string;
}

const LEX = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+)`, // 1 skip
    String.raw`(\d+(?:\.\d+)?[eE][+-]?\d+(?![\p{L}\d])` + // 2 number: 1.3e6
      String.raw`|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)` + // 40 000 with a no-break / thin space
      String.raw`|\d{1,3}(?: \d{3}){2,}(?![\d,.]?\d)|\d{2,3} \d{3}(?![\d,.]?\d)` + // 1 234 567, 40 000
      String.raw`|\d+(?:[.,]\d+)*|\.\d+)`,
    String.raw`([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])`, // 3 vulgar fraction
    String.raw`(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)`, // 4 word
    String.raw`(\S)`, // 5 symbol
  ].join('|'),
  'gu',
);

const KINDS: TokKind[] = ['skip', 'num', 'frac', 'word', 'sym'];

/** Lower case with curly apostrophes straightened (the replace only where one occurs). */
function lowerStraight(t: string): string {
  const l = t.toLowerCase();
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

/**
 * Where the token starting at `i` ends when a plain scan can tell without LEX: a run of ASCII
 * letters before white space, the end, a closed mark, a comma or a colon (unless it reads "http:");
 * a run of digits before a closed mark, the end, or white space that no digit follows (no
 * "40 000"); a lone closed mark or comma. What follows such runs cannot extend them or make them
 * part of an e-mail address or URL, so LEX would match exactly them. -1 sends `i` to LEX.
 */
function plainEnd(src: string, i: number): number {
  const n = src.length;
  const c = src.charCodeAt(i);
  if (isClosedMark(c) || c === 0x2c) return i + 1;
  let j = i + 1;
  if (isAsciiLetter(c)) return asciiWordEnd(src, i, n);
  if (isAsciiDigit(c)) {
    while (j < n && isAsciiDigit(src.charCodeAt(j))) j++;
    if (j === n) return j;
    const next = src.charCodeAt(j);
    if (isClosedMark(next)) return j;
    return isSpaceCode(next) && !(j + 1 < n && isAsciiDigit(src.charCodeAt(j + 1))) ? j : -1;
  }
  return -1;
}

const kindOf = (c: number): TokKind => (isAsciiLetter(c) ? 'word' : isAsciiDigit(c) ? 'num' : 'sym');

/** Lexes `text[from, to)` (offsets stay `text` offsets); linear in the stretch's length. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const src = from === 0 && to === text.length ? text : text.slice(from, to);
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const end = plainEnd(src, i);
    if (end > 0) {
      const t = src.slice(i, end);
      out.push({ k: kindOf(c), s: from + i, e: from + end, t, l: lowerStraight(t) });
      i = end;
      continue;
    }
    LEX.lastIndex = i;
    const m = LEX.exec(src);
    if (m === null) break;
    let g = 1;
    while (m[g] === undefined) g++;
    const t = m[0];
    const s = from + m.index;
    out.push({ k: KINDS[g - 1], s, e: s + t.length, t, l: lowerStraight(t) });
    i = m.index + t.length;
  }
  return out;
}

/** True when token b starts right where token a ends (no space between). */
export function glued(a: Tok | undefined, b: Tok | undefined): boolean {
  return !!a && !!b && a.e === b.s;
}

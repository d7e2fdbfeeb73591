/**
 * The figures lexer: a single linear regex pass that keeps what the number grammar needs
 * (digit groups with their separators, vulgar fractions, words, single symbols) and marks URLs
 * and e-mail addresses so nothing inside them becomes a figure. Offsets are `doc.text` offsets.
 */
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

/** Lexes `text[from, to)` (offsets stay `text` offsets); linear in the stretch's length. */
export function lex(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const src = from === 0 && to === text.length ? text : text.slice(from, to);
  LEX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LEX.exec(src)) !== null) {
    let g = 1;
    while (m[g] === undefined) g++;
    const t = m[0];
    const s = from + m.index;
    out.push({ k: KINDS[g - 1], s, e: s + t.length, t, l: lowerStraight(t) });
  }
  return out;
}

/** True when token b starts right where token a ends (no space between). */
export function glued(a: Tok | undefined, b: Tok | undefined): boolean {
  return !!a && !!b && a.e === b.s;
}

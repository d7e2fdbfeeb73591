import { lookupTable } from '../text/lookup-table.js';
/** Token normalisation and word-shape helpers shared by every NER feature. */

const QUOTES: Record<string, string> = lookupTable({ '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '``': '"', "''": '"', '‘': "'", '’': "'", '–': '-', '—': '-' });

const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

/**
 * The token as features see it: typographic quotes/dashes folded to ASCII, apostrophes inside
 * words too, and initialisms without their dots (U.S. and US, U.N. and UN look the same).
 */
export function normToken(text: string): string {
  const q = QUOTES[text];
  if (q !== undefined) return q;
  if (INITIALISM.test(text)) return text.replace(/\./g, '');
  return text.indexOf('’') >= 0 ? text.replace(/’/g, "'") : text;
}

/** Lower-cased form with every digit folded to 0, so 1996 and 2025 share a feature. */
export function lowerKey(text: string): string {
  return text.toLowerCase().replace(/\d/g, '0');
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** Long shape: X for upper, x for lower, d for digit, other characters kept; capped at 12 characters. */
export function shape(text: string): string {
  let out = '';
  for (const ch of text) {
    let c: string;
    if (DIGIT.test(ch)) c = 'd';
    else if (UPPER.test(ch)) c = 'X';
    else if (LOWER.test(ch) || LETTER.test(ch)) c = 'x';
    else c = ch;
    out += c;
    if (out.length >= 12) break;
  }
  return out;
}

/** Short shape: runs of the same class collapsed (Xxxx → Xx, 1,234 → d,d). */
export function shortShape(text: string): string {
  const s = shape(text);
  let out = '';
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}

export type CaseClass = 'init' | 'caps' | 'lower' | 'mixed' | 'num' | 'punct' | 'other';

/** Coarse casing class of a token. */
export function caseClass(text: string): CaseClass {
  const first = text[0];
  if (!LETTER.test(text)) return DIGIT.test(text) ? 'num' : /^[^\p{L}\d]+$/u.test(text) ? 'punct' : 'other';
  if (!UPPER.test(text)) return 'lower';
  if (!LOWER.test(text)) return 'caps';
  if (UPPER.test(first) && !UPPER.test(text.slice(1))) return 'init';
  return UPPER.test(first) ? 'mixed' : 'other';
}

/** Starts with an upper-case letter. */
export function isCapitalized(text: string): boolean {
  return UPPER.test(text[0] ?? '');
}

/**
 * How much a stretch of text looks like mojibake (in the spirit of ftfy's badness):
 * C1 controls, Latin-1 letters followed by the symbols UTF-8 continuation bytes turn into,
 * characters from blocks that only appear as decoding accidents, and letters of two
 * different scripts touching each other. Clean text scores 0; lower is better.
 */

const C1 = /[\u0080-\u009f]/u;
/** Symbols that continuation bytes 0x80–0xBF become in cp1252 / Latin-1. */
const CONT_SYMBOL = /[\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/u;
/** Latin-1 letters that UTF-8 lead bytes 0xC2–0xF4 become. */
const LEAD_LETTER = /[\u00c2-\u00f4]/u;
const THAI = /[\u0e00-\u0e7f]/u;
/** Blocks that a wrong decode lands in far more often than real text: IPA, spacing modifiers,
 * combining marks, NKo/Thaana/Samaritan…, unassigned, private use, specials. */
const ODD = /[\u0250-\u02ff\u0300-\u036f\u0780-\u08ff\ue000-\uf8ff\ufff0-\ufffc]|\p{Cn}|\p{Co}|\p{Cs}|[\u0000-\u0008\u000e-\u001f]/u;

function script(ch: string): string | null {
  if (!/\p{L}/u.test(ch)) return null;
  if (/\p{Script=Latin}/u.test(ch)) return 'Latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'Cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'Greek';
  if (/\p{Script=Arabic}/u.test(ch)) return 'Arabic';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'Hebrew';
  if (/\p{Script=Thai}/u.test(ch)) return 'Thai';
  return 'Other';
}

export function badness(s: string): number {
  const chars = Array.from(s);
  let score = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (C1.test(ch)) score += 2;
    if (ODD.test(ch)) score += 2;
    if (i === 0) continue;
    const prev = chars[i - 1];
    if (LEAD_LETTER.test(prev) && CONT_SYMBOL.test(ch)) score += 1;
    if ((THAI.test(prev) && CONT_SYMBOL.test(ch)) || (CONT_SYMBOL.test(prev) && THAI.test(ch))) score += 1;
    const a = script(prev);
    const b = script(ch);
    if (a && b && a !== b) score += 1;
  }
  return score;
}

import { asciiWordEnd, isAsciiDigit, isAsciiLetter, isClosedMark, isSpaceCode } from './chars.js';

/** A token of the repaired text: offsets into `doc.text`. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/\S+|www\.\S+`, // URLs
    String.raw`[\w.+-]+@[\w-]+\.[\w.]+`, // e-mail
    String.raw`(?:\p{Lu}\.){2,}`, // initialisms: U.S., U.K.
    String.raw`\d+(?:[.,:]\d+)*(?:\p{L}+)?`, // 2,001  12.797  10:30  5th  3bn
    String.raw`\p{L}[\p{L}\p{M}\d]*(?:['’](?![sS]\b)\p{L}+)?(?:[-–]\p{L}[\p{L}\p{M}\d]*(?:['’](?![sS]\b)\p{L}+)?)*\.?`, // words, hyphenated words, an abbreviation dot
    String.raw`['’][sS]\b`, // possessive 's, its own token as in CoNLL
    String.raw`[^\s\p{L}\d]`, // any other single symbol or punctuation mark
  ].join('|'),
  'gu',
);

/** Abbreviations that keep their dot; any other word's final dot is split off as punctuation. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft rev hon messrs adm brig cmdr supt rs approx est engr'.split(' '),
);

/**
 * Where the token starting at `i` ends when the fast path can tell without the regex: a run of
 * ASCII letters or digits followed by white space, the end, or a closed mark (a comma only after
 * letters, a colon only after a word that cannot start a URL); a lone closed mark or comma.
 * -1 sends the position to TOKEN.
 */
function plainTokenEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (isClosedMark(c) || c === 0x2c) return i + 1;
  let j = i + 1;
  if (isAsciiLetter(c)) return asciiWordEnd(text, i, to);
  if (isAsciiDigit(c)) {
    while (j < to && isAsciiDigit(text.charCodeAt(j))) j++;
    if (j === to) return j;
    const next = text.charCodeAt(j);
    return isSpaceCode(next) || isClosedMark(next) ? j : -1;
  }
  return -1;
}

/** Regex tokenizer (linear in the text). Splits a trailing dot unless the word is a known abbreviation or a single letter. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  let i = from;
  while (i < to) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // Fast path: plain words, numbers and marks, exactly what TOKEN would match there.
    const end = plainTokenEnd(text, i, to);
    if (end > 0) {
      out.push({ start: i, end, text: text.slice(i, end) });
      i = end;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(slice);
    if (m === null) break;
    const word = m[0];
    const start = m.index;
    i = start + word.length;
    if (word.length > 1 && word.endsWith('.') && /\p{L}\.$/u.test(word) && !/^(?:\p{Lu}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!(bare.length === 1 || ABBREVIATIONS.has(bare.toLowerCase()))) {
        out.push({ start, end: start + bare.length, text: bare });
        out.push({ start: start + bare.length, end: start + word.length, text: '.' });
        continue;
      }
    }
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

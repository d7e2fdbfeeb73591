/**
 * Backward scans that cut what a text ends with, equal to the anchored-at-end RegExp each
 * documents but reading only the tail (a RegExp ending in `$` is tried from every position).
 */

/** JavaScript's \s. */
export function isWhitespace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when text[0, end) ends with the lower-case ASCII `word`, compared as a non-Unicode /i RegExp does. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const at = end - word.length;
  if (at < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Where `text[0, end)` ends once a trailing chain of whitespace-led words is cut: the length
 * `text.slice(0, end).replace(/(?:\s+(?:w1|w2|…))+$/i, '')` leaves, for lower-case ASCII words.
 * (A word must follow whitespace, so at most one of them fits at a place.)
 */
export function withoutTrailingWords(text: string, end: number, words: readonly string[]): number {
  let pos = end;
  for (;;) {
    const word = words.find((w) => endsWithWord(text, pos, w) && pos - w.length > 0 && isWhitespace(text.charCodeAt(pos - w.length - 1)));
    if (!word) return pos;
    pos -= word.length;
    while (pos > 0 && isWhitespace(text.charCodeAt(pos - 1))) pos--;
  }
}

const isSeparator = (c: number) => isWhitespace(c) || c === 44 || c === 59 || c === 58;

const CONJUNCTIONS = ['and', 'but', 'while', 'or'];

/** The length `text.slice(0, end).replace(/(?:[\s,;:]+(?:and|but|while|or))?[\s,;:]*$/i, '')` leaves. */
export function withoutTrailingConjunction(text: string, end: number): number {
  let tail = end;
  while (tail > 0 && isSeparator(text.charCodeAt(tail - 1))) tail--;
  for (const w of CONJUNCTIONS) {
    let at = tail - w.length;
    if (!endsWithWord(text, tail, w) || at === 0 || !isSeparator(text.charCodeAt(at - 1))) continue;
    while (at > 0 && isSeparator(text.charCodeAt(at - 1))) at--;
    return at;
  }
  return tail;
}

/** The length `text.slice(0, end).replace(/[\s,;:.–—-]+$/, '')` leaves. */
export function withoutTrailingPunctuation(text: string, end: number): number {
  let at = end;
  for (;;) {
    const c = text.charCodeAt(at - 1);
    if (at === 0 || !(isSeparator(c) || c === 46 || c === 0x2013 || c === 0x2014 || c === 45)) return at;
    at--;
  }
}

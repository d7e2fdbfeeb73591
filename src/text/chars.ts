/** Character-class tests on UTF-16 code units, for hand-written scans that must agree with regexes. */

/** JavaScript white space, exactly what `\s` matches (with or without the u flag). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A-Z or a-z. */
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** 0-9 (what `\d` matches). */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Marks that no token grammar here reads past or starts a longer match with: not a letter, mark
 * or digit, and none of . , : ' ’ - – @ + _ / \ (which words, numbers, e-mails and URLs go on with).
 */
const CLOSED_MARKS = new Set([...';!?()[]{}"“”«»<>*#%&=|~^`$€£¥'].map((ch) => ch.charCodeAt(0)));

export const isClosedMark = (c: number): boolean => CLOSED_MARKS.has(c);

/**
 * End of the run of ASCII letters starting at `i` when nothing after it can extend the token:
 * the run reaches `to`, or white space, a closed mark, a comma, or a colon that does not read
 * "http:"/"https:" (a URL) follows. -1 otherwise (the caller's regex decides).
 */
export function asciiWordEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j === to) return j;
  const next = text.charCodeAt(j);
  if (isSpaceCode(next) || isClosedMark(next) || next === 0x2c) return j;
  return next === 0x3a && !/^https?$/.test(text.slice(i, j)) ? j : -1;
}

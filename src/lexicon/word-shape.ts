/**
 * Capitalization tests the people and entity rules ask of every word, many times per article.
 * Each equals the regex in its comment; a plain ASCII first letter (most words of English news)
 * is answered from its character code, anything else by the regex itself.
 */

const UPPER_FIRST = /^\p{Lu}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}/u.test(text)`: the word opens with an uppercase letter. */
export function opensUpper(text: string | undefined): boolean {
  if (text === undefined) return false;
  const c = text.length > 0 ? text.charCodeAt(0) : 0x80;
  return c < 0x80 ? c >= 65 && c <= 90 : UPPER_FIRST.test(text);
}

/** `/^\p{Lu}\p{Ll}/u.test(text)`: an uppercase letter, then a lowercase one ("Naqvi", not "ANF"). */
export function opensUpperLower(text: string | undefined): boolean {
  if (text === undefined) return false;
  const c = text.length > 1 ? text.charCodeAt(0) : 0x80;
  const d = text.length > 1 ? text.charCodeAt(1) : 0x80;
  if (c < 0x80 && d < 0x80) return c >= 65 && c <= 90 && d >= 97 && d <= 122;
  return UPPER_LOWER.test(text);
}

/**
 * Fast path for the news parsers' regex scans. chrono runs each parser's regex over the rest of
 * the text after every match; our patterns are long alternations that V8 tries at nearly every
 * position, so a scan costs far more than the few places that can match. A parser's cue words
 * (one of which is inside every match) and its reach say where those places are; cuedExec
 * returns exactly what the plain scan would, while trying the full pattern only there.
 */

/**
 * A parser's cue: `words` ("day|week|…", lower-case [a-z0-9-]), one of which every match contains,
 * and `reach`, how far before that word a match can start: the most runs of spaces and
 * hyphens/dashes a match can have before the word's first character (count the `\s`, `[\s-]`
 * atoms and literal dashes the pattern can pass through on the way). A negative reach: no bound
 * known, a text with a cue word is scanned in full.
 */
export interface Cue {
  words: string;
  reach: number;
}

/** The code point before `index` is a letter or digit, read as a case-insensitive unicode pattern reads it. */
const WORD_CHAR_BEFORE = /(?<=[\p{L}\d])/iuy;
export function wordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  WORD_CHAR_BEFORE.lastIndex = index;
  return WORD_CHAR_BEFORE.test(text);
}

/**
 * JavaScript's `\s` plus the hyphen and en dash: what separates the words of a temporal phrase.
 * (Missing a separator would only widen a window; counting one too many could hide a match.)
 */
export function isSeparator(code: number): boolean {
  if (code === 32 || code === 45 || code === 0x2013 || (code >= 9 && code <= 13)) return true;
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The first position from which `text[start, cue)` holds at most `reach` separator runs. */
function windowStart(text: string, cue: number, reach: number): number {
  let runs = 0;
  let i = cue - 1;
  while (i >= 0) {
    if (isSeparator(text.charCodeAt(i))) {
      if (runs === reach) return i + 1;
      runs++;
      while (i >= 0 && isSeparator(text.charCodeAt(i))) i--;
    } else i--;
  }
  return 0;
}

/**
 * The leftmost match of `sticky` in `text` at or after `from` that starts after a non-letter,
 * trying only the starts within `reach` of a cue word (`cues`: where they start, in order; every
 * match contains one, so no other start can match). Same result as an unanchored scan of
 * text.slice(from) whose matches after a letter or digit are skipped, as the parser's extract()
 * skips them.
 */
export function cuedExec(text: string, from: number, sticky: RegExp, cues: readonly number[], reach: number): RegExpExecArray | null {
  let next = from; // positions before `next` are tried (or cannot match)
  for (const at of cues) {
    if (at < from) continue;
    for (let q = Math.max(next, windowStart(text, at, reach)); q <= at; q++) {
      if (wordCharBefore(text, q)) continue;
      sticky.lastIndex = q;
      const m = sticky.exec(text);
      if (m) return m;
    }
    next = Math.max(next, at + 1);
  }
  return null;
}

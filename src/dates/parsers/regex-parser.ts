import type { Parser } from 'chrono-node/en';
import { type Spec, tagSpec } from '../spec.js';

/** What a rule sees of one regex match: the match, the whole text and where the match starts in it. */
export interface RuleMatch {
  m: RegExpExecArray;
  text: string;
  index: number;
}

/**
 * The code point before `index` is a letter or digit, read as the pattern reads it
 * (case-insensitive unicode).
 */
const WORD_CHAR_BEFORE = /(?<=[\p{L}\d])/iuy;
function wordCharBefore(text: string, index: number): boolean {
  WORD_CHAR_BEFORE.lastIndex = index;
  return WORD_CHAR_BEFORE.test(text);
}

/** What a parser whose cue is missing scans with: fails at once, wherever chrono starts it. */
const NO_MATCH = /(?!)/y;

/**
 * A chrono parser from one regex (word-bounded, case-insensitive) and a function that turns a
 * match into a Spec, or null to reject it. The match is the TimeML extent.
 *
 * `cue` is a pattern that every match of `source` contains (a unit word, "every", a year…): a
 * text without it cannot match, so the parser skips it instead of running its long
 * alternation over every position (most parsers find nothing in most articles). Same flags as
 * `source`, so both read letters alike.
 */
export function regexParser(source: string, cue: string, toSpec: (r: RuleMatch) => Spec | null): Parser {
  // No leading `(?<![\p{L}\d])`: a leading lookbehind keeps V8 from skipping ahead to the
  // pattern's first letters (scans ~3x slower). extract() rejects the same starts with
  // wordCharBefore, and chrono then rescans from the next character, so results are unchanged.
  const re = new RegExp(`(?:${source})(?![\\p{L}\\d]|-(?:old|long)\\b)`, 'iu');
  const cueRe = new RegExp(cue, 'iu');
  return {
    pattern: (context) => (cueRe.test(context.text) ? re : NO_MATCH),
    extract: (context, match) => {
      const m = match as RegExpExecArray;
      const index = m.index ?? 0;
      if (wordCharBefore(context.text, index)) return null;
      // Inside a number: "21:00 hours", "1.5" — not the start of an expression.
      if (index > 1 && /\d[:.,/]$/.test(context.text.slice(index - 2, index))) return null;
      const spec = toSpec({ m, text: context.text, index });
      if (!spec) return null;
      return tagSpec(context.createParsingResult(index, m[0]), spec);
    },
  };
}

/** The word before position `index` (lower-cased), for context checks. */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}$€£¥]+)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1].toLowerCase() : '';
}

/** The text right after a match (up to 40 chars). */
export function textAfter(text: string, end: number): string {
  return text.slice(end, end + 40);
}

import type { Parser } from 'chrono-node/en';
import { type Spec, tagSpec } from '../spec.js';
import { type Cue, cuedExec, wordCharBefore } from './cue-scan.js';
import { NO_MATCH, cueWordIds, cueWordStarts, hasCueWord } from './cue-words.js';

/** What a rule sees of one regex match: the match, the whole text and where the match starts in it. */
export interface RuleMatch {
  m: RegExpExecArray;
  text: string;
  index: number;
}

/**
 * A chrono parser from one regex (word-bounded, case-insensitive) and a function that turns a
 * match into a Spec, or null to reject it. The match is the TimeML extent.
 *
 * `cue` names words ("day|week|…") one of which every match of `source` contains: a text without
 * them cannot match, so the parser skips it instead of running its long alternation over every
 * position (most parsers find nothing in most articles); with a `reach`, only the starts near a
 * cue word are tried (cue-scan.ts). null: no cue, for patterns that start with a digit, whose
 * scans cost no more than a cue check.
 */
export function regexParser(source: string, cue: string | Cue | null, toSpec: (r: RuleMatch) => Spec | null): Parser {
  // No leading `(?<![\p{L}\d])`: a leading lookbehind keeps V8 from skipping ahead to the
  // pattern's first letters (scans ~3x slower). extract() rejects the same starts with
  // wordCharBefore, and chrono then rescans from the next character, so results are unchanged.
  const body = `(?:${source})(?![\\p{L}\\d]|-(?:old|long)\\b)`;
  const re = new RegExp(body, 'iu');
  const parser: Parser = {
    pattern: cue === null ? () => re : cuedPattern(body, re, typeof cue === 'string' ? { words: cue, reach: -1 } : cue),
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
  plainPatterns.set(parser, re);
  return parser;
}

const plainPatterns = new WeakMap<Parser, RegExp>();

/** For tests: the parser's pattern without its cue (a full scan), to check that cues change nothing. */
export function plainPattern(parser: Parser): RegExp | undefined {
  return plainPatterns.get(parser);
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

/** The parser's pattern for a text: NO_MATCH without a cue word; near its cue words with a reach. */
function cuedPattern(body: string, re: RegExp, cue: Cue): Parser['pattern'] {
  const ids = cueWordIds(cue.words.split('|'));
  if (cue.reach < 0) return (context) => (hasCueWord(context.text, ids) ? re : NO_MATCH);
  const sticky = new RegExp(body, 'iuy');
  return (context) => {
    if (!hasCueWord(context.text, ids)) return NO_MATCH;
    // chrono only calls exec(), on the text after its last match: scan that rest near cue words.
    const text = context.text;
    const cues = cueWordStarts(text, ids);
    const exec = (rest: string) => {
      const m = cuedExec(text, text.length - rest.length, sticky, cues, cue.reach);
      if (m) m.index -= text.length - rest.length;
      return m;
    };
    return { exec } as unknown as RegExp;
  };
}

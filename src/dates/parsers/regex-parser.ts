import type { Parser } from 'chrono-node/en';
import { type Spec, tagSpec } from '../spec.js';

/** What a rule sees of one regex match: the match, the whole text and where the match starts in it. */
export interface RuleMatch {
  m: RegExpExecArray;
  text: string;
  index: number;
}

/**
 * A chrono parser from one regex (word-bounded, case-insensitive) and a function that turns a
 * match into a Spec, or null to reject it. The match is the TimeML extent.
 */
export function regexParser(source: string, toSpec: (r: RuleMatch) => Spec | null): Parser {
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d]|-(?:old|long)\\b)`, 'iu');
  return {
    pattern: () => re,
    extract: (context, match) => {
      const m = match as RegExpExecArray;
      const index = m.index ?? 0;
      if (index > 0 && /[\p{L}\d]/u.test(context.text[index - 1])) return null;
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

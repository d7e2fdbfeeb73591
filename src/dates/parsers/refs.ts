import type { Parser } from 'chrono-node/en';
import { regexParser, textAfter } from './regex-parser.js';
import type { Cue } from './cue-scan.js';
import { lookupTable } from '../../text/lookup-table.js';

/**
 * Vague references (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF). Words TimeBank leaves unmarked
 * more often than not ("previously", "soon", "future" as an adjective, "at the moment" 0:5) are left out.
 */
/** Each value's words, and its cue: words one of which every match has, at most `reach` separator runs in ("for the time being": 3). */
const FIXED: [value: string, words: string, cue: Cue][] = [
  ['PRESENT_REF', 'now|right\\s+now|currently|current|at\\s+present|presently|nowadays|these\\s+days|for\\s+the\\s+time\\s+being|the\\s+present', { words: 'now|current|present|days|being', reach: 3 }],
  ['PAST_REF', 'recently|lately|in\\s+the\\s+past|the\\s+past|once\\s+upon\\s+a\\s+time|some\\s+time\\s+ago|long\\s+ago|years\\s+ago|in\\s+recent\\s+times', { words: 'recent|lately|past|upon|ago', reach: 2 }],
  ['FUTURE_REF', 'the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|in\\s+the\\s+days\\s+ahead|a\\s+later\\s+date', { words: 'future|term|ahead|later', reach: 3 }],
];

/** Words after a reference word that make it something else ("current account", "the past two years"). */
const NOT_AFTER: Record<string, RegExp> = lookupTable({
  PRESENT_REF: /^\s*(?:on\b|account|affairs|events?\b|flows?\b|density|level|source|law|rules?\b|regulations?\b|system|version|edition|members?\b)/i,
  PAST_REF: /^\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several)\s)/i,
  FUTURE_REF: /^\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several)\s)/i,
});

function refParser(value: string, words: string, cue: Cue): Parser {
  return regexParser(words, cue, ({ m, text, index }) => {
    const s = m[0].toLowerCase();
    if (NOT_AFTER[value].test(textAfter(text, index + m[0].length))) return null;
    // "the present" only as a noun ("until the present", "the present day"), not "the present government".
    if (s === 'the present' && /^\s+\p{L}/u.test(textAfter(text, index + m[0].length)) && !/^\s+(?:day|time)\b/i.test(textAfter(text, index + m[0].length))) return null;
    return { k: 'fixed', type: 'DATE', value };
  });
}

export const refParsers: Parser[] = FIXED.map(([value, words, cue]) => refParser(value, words, cue));

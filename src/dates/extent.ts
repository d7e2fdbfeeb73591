/**
 * TimeML extent conventions applied to a matched expression, measured on TimeBank/AQUAINT:
 * - a day-level expression keeps the modifier before it: "late yesterday", "earlier Sunday",
 *   "early Tuesday", "later this afternoon", "mid-afternoon" (TimeBank 9:0; AQUAINT leaves it out
 *   6:1, but TIMEX3 marks it with `mod`, so it belongs to the expression);
 * - adjectival durations and quarters leave out the article: "a six year [process]", "the two day
 *   [rally]", "the third-quarter [loss]" (8:0), while nouns keep it ("the nine months");
 * - an attached edge belongs to it: "end-2026", "mid-March";
 * - "right now" is "now" (2:1); a trailing hedge belongs to it: "the next year or so",
 *   "1994 or later", "1990 and beyond".
 */
import { NUMBER_PATTERN } from './words.js';

const DAY_LEVEL = /^(?:(?:(?:morning|afternoon|evening|night)\s+)?(?:yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)|(?:morning|afternoon|evening))$/i;
const MODIFIER_BEFORE = /(?<![\p{L}-])(?:early|late|earlier|later|mid-?)[ \t]*$/iu;
const ADJECTIVAL = new RegExp(`^(?:a|an|the)\\s+(?=(?:${NUMBER_PATTERN})[\\s-](?:second|minute|hour|day|week|month|year|decade)$|(?:fiscal[\\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter$)`, 'i');
const TRAILING = /^\s+(?:or\s+so|or\s+later|and\s+beyond)\b/i;

export function adjustExtent(text: string, start: number, end: number): { start: number; end: number } {
  const span = text.slice(start, end);
  if (DAY_LEVEL.test(span)) {
    const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (m) start -= m[0].length;
  }
  // "end-2026", "end-March": the attached edge word is part of it, as in "mid-2024".
  const edge = /\b(?:end|mid|early|late)-$/i.exec(text.slice(Math.max(0, start - 6), start));
  if (edge && /^(?:\d{4}|\p{Lu})/u.test(span)) start -= edge[0].length;
  const article = ADJECTIVAL.exec(span);
  // Only when a noun follows: "a six year [process]", not "for a six year"; the hyphenated
  // quarter is always the adjective ("the fiscal second-quarter of $8.6 million" is its profit).
  const noun = /^[\s-]+\p{L}/u.test(text.slice(end, end + 3)) && !/^\s+(?:ago|earlier|later|before|after|of|and|or|to)\b/i.test(text.slice(end, end + 10));
  if (article && (noun || /-quarter$/i.test(span))) start += article[0].length;
  if (/^right\s+now$/i.test(span)) start = end - 3;
  const tail = TRAILING.exec(text.slice(end, end + 16));
  if (tail) end += tail[0].length;
  return { start, end };
}

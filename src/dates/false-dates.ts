import type { ParsingResult, Refiner } from 'chrono-node/en';

const WEEKDAY_ABBR = /^(?:on\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)[.,]?$/i;
const GENERIC_TODAY = /^'s\s+(?:world|youth|society|generation|children|kids|young|teenagers|students|economy|standards|technology|modern|global|consumers?|parents|women|men|families)\b/i;
const MONTH_THEN = /\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*(?:and|or|to|through|till|until|-|–)\s*$/i;
const MONTH_WORD = /^(?:(?:in|on|of|by|from|to|since|until|during)\s+)?(may|march|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|june|july|august|april)\.?$/i;

/**
 * Drops chrono results that are not dates in news text: weekday abbreviations standing alone
 * ("Sun" Microsystems, "Sat" exam), a lower-case "may"/"march" (modal, verb) or a bare month
 * abbreviation, slash fractions without a year ("1/3"), a clock time without am/pm or minutes
 * ("at 10"), and results that are only a day number ("the 5th").
 */
function isFalseDate(r: ParsingResult, text: string): boolean {
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 12);
  // chrono keeps a dangling "of" ("March of the Mothers"): judge the month alone.
  const t = r.text.trim().replace(/\s+of$/i, '');
  if (/\s+of$/i.test(r.text.trim()) && /^\s+the\b/i.test(after)) return true;
  if (/^(?:weekend|noon)$/i.test(t) && /\b(?:high|a|after)\s+$/i.test(text.slice(Math.max(0, r.index - 6), r.index))) return true;
  const c = r.start;
  if (WEEKDAY_ABBR.test(t)) return true;
  // "today's world", "many of today's computers": the present age, which TimeBank leaves unmarked.
  if (/^today$/i.test(t) && (GENERIC_TODAY.test(after) || /\bof\s+$/i.test(text.slice(Math.max(0, r.index - 4), r.index)))) return true;
  // Relative phrases ("two days later", "in two weeks", "now") are our parsers' job: theirs
  // keep TimeML extents and granularity; "later"/"before" ones are anchored to another event.
  if (r.tags().has('result/relativeDate') || r.tags().has('casualReference/now')) return true;
  if (/\b(?:later|earlier|before|after|afterwards|ago|from\s+now|hence)$/i.test(t)) return true;
  // "1.625 a share" is not 6:25 am.
  if (/[\d.,]$/.test(text.slice(Math.max(0, r.index - 1), r.index))) return true;
  if (c.isCertain('hour') && /\d\s*[ap]$/i.test(t)) return true;
  const month = MONTH_WORD.exec(t);
  if (month) {
    const word = month[1];
    if (word === word.toLowerCase()) return true;
    const lead = text.slice(Math.max(0, r.index - 24), r.index) + t.slice(0, -word.length);
    // "in May", and the second end of "between March and May", "April to May".
    if (/^may$/i.test(word) && !/\b(?:in|of|early|late|mid|since|until|by|during|from)\s+$/i.test(lead) && !MONTH_THEN.test(lead)) return true;
    if (/^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i.test(word)) return true;
    // "March for Life", "the March of the Mothers", "march to the capital": a march, not March.
    if (/^march$/i.test(word) && /^\s+(?:for|against|on|to|of\s+the)\b/i.test(after)) return true;
  }
  if (/^\d{1,2}\/\d{1,2}$/.test(t)) return true;
  if (/^\d{1,2}-\d{1,2}$/.test(t)) return true;
  const hasDate = c.isCertain('day') || c.isCertain('month') || c.isCertain('weekday') || c.isCertain('year');
  // A clock time needs a clock word: "at 20 million shares", "from 20%", "closed at 10.30" are not times.
  if (c.isCertain('hour') && !/\d:\d\d|[ap]\.?m\b|noon|midnight|morning|evening|night|afternoon|o'clock/i.test(t)) return true;
  if (!hasDate && /^(?:morning|evening|night|afternoon)$/i.test(t) && /\bgood\s+$/i.test(text.slice(Math.max(0, r.index - 6), r.index))) return true;
  if (c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year')) return true;
  // Nothing stated and no casual day ("this month" without its tag): our relative parsers own it.
  if (c.getCertainComponents().length === 0 && ![...r.tags()].some((x) => x.startsWith('casualReference/'))) return true;
  return false;
}

export const rejectFalseDates: Refiner = {
  refine: (context, results) => results.filter((r) => !isFalseDate(r as ParsingResult, context.text)),
};

/**
 * Runs before chrono's mergers: "the night of December 5" would otherwise merge into a time with
 * the date dropped; without the "night" the date stands on its own.
 */
export const dropPartOfDayOf: Refiner = {
  refine: (context, results) =>
    results.filter((r) => !(/^(?:morning|afternoon|evening|night)$/i.test(r.text.trim()) && /^\s+of\b/i.test(context.text.slice(r.index + r.text.length)))),
};

/**
 * Fast paths for the calendar instance (chrono's casual English): skip the parsers a text gives
 * no chance, leave out the ones whose every result rejectFalseDates drops, and spare a refiner
 * its linear scan. Each leaves the calendar's results unchanged (test/dates/cues.test.ts);
 * they are read off chrono 2.10's patterns, so a chrono upgrade must re-read them.
 */
import type { Parser, Refiner } from 'chrono-node/en';
import { NO_MATCH, cueWordIds, hasCueWord } from './parsers/cue-words.js';
import { isSeparator } from './parsers/cue-scan.js';
import { lookupTable } from '../text/lookup-table.js';

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

/**
 * Words one of which every match of a chrono casual parser contains (read off chrono 2.10's
 * patterns; every month and weekday spelling starts with its three-letter stem). Parsers that
 * start with a number have none: their scans are already cheap.
 */
const CUES: Record<string, string> = lookupTable({
  ENCasualDateParser: 'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night',
  ENCasualTimeParser: 'morning|afternoon|evening|night|midday|noon',
  ENEndOfCurrentMonthParser: 'month',
  ENMonthNameParser: MONTHS,
  ENMonthNameLittleEndianParser: MONTHS,
  ENMonthNameMiddleEndianParser: MONTHS,
  ENYearMonthNameParser: MONTHS,
  ENWeekdayParser: 'sun|mon|tue|wed|thu|fri|sat|week',
  ENRelativeDateFormatParser: 'this|last|past|next|after',
});

/**
 * A closer look for the common weekday stems ("mon" in "month"): every weekday match holds its
 * weekday spelling followed by a non-word character, the end, or the "of this week" that chrono
 * lets follow without a space.
 */
const TEXT_CUES: Record<string, RegExp> = lookupTable({
  ENWeekdayParser:
    /(?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs\.|friday|thurs|thur\.|sun\.|mon\.|tue\.|wed\.|thur|thu\.|fri\.|sat\.|sun|mon|tue|wed|thu|fri|sat|weekend|weekday)(?:\W|$|of|this|last|past|next)/i,
});

/** The parser that skips a text without its cue words (same results: it could not match there). */
function cued(parser: Parser): Parser {
  const words = CUES[parser.constructor.name];
  if (!words) return parser;
  const ids = cueWordIds(words.split('|'));
  const closer = TEXT_CUES[parser.constructor.name];
  const skipping: Parser = Object.create(parser) as Parser;
  skipping.pattern = (context) => (hasCueWord(context.text, ids) && (!closer || closer.test(context.text)) ? parser.pattern(context) : NO_MATCH);
  return skipping;
}

/**
 * chrono's "two days ago", "in three weeks", "5 days later", "next 2 weeks" parsers: every result
 * they make is relative (tagged result/relativeDate), which rejectFalseDates drops before
 * anything else sees it (relative phrases are our parsers' job), so they are not run at all.
 */
export const ALWAYS_RELATIVE = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser'];

/** chrono's casual parsers as the calendar instance runs them: same results after rejectFalseDates, less scanning. */
export function calendarParsers(parsers: Parser[]): Parser[] {
  return parsers.filter((p) => !ALWAYS_RELATIVE.includes(p.constructor.name)).map(cued);
}

/** For tests: the chrono parser names that have a cue. */
export const CUED_CALENDAR_PARSERS = Object.keys(CUES);

/**
 * chrono's "the end of <month>" refiner matches /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i
 * against all the text before each result, which is linear per result. It changes only results
 * right after "of " or "the " (spaces skipped back), so it runs only when one is.
 */
function afterOfOrThe(text: string, index: number): boolean {
  let i = index - 1;
  if (i < 0 || !isSeparator(text.charCodeAt(i))) return false;
  while (i >= 0 && isSeparator(text.charCodeAt(i))) i--;
  const tail = text.slice(Math.max(0, i - 2), i + 1).toLowerCase();
  return tail.endsWith('of') || tail.endsWith('the');
}

/** chrono's casual refiners as the calendar instance runs them (same results). */
export function calendarRefiners(refiners: Refiner[]): Refiner[] {
  return refiners.map((r) => {
    if (r.constructor.name !== 'ENEndOfPeriodRefiner') return r;
    return { refine: (context, results) => (results.some((x) => afterOfOrThe(context.text, x.index)) ? r.refine(context, results) : results) };
  });
}

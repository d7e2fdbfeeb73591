import type { Parser } from 'chrono-node/en';
import { NO_MATCH, cueWordIds, hasCueWord } from './parsers/cue-words.js';

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

/**
 * Words one of which every match of a chrono casual parser contains (read off chrono 2.10's
 * patterns; every month and weekday spelling starts with its three-letter stem). Parsers that
 * start with a number have none: their scans are already cheap.
 */
const CUES: Record<string, string> = {
  ENCasualDateParser: 'now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night',
  ENCasualTimeParser: 'morning|afternoon|evening|night|midday|noon',
  ENEndOfCurrentMonthParser: 'month',
  ENMonthNameParser: MONTHS,
  ENMonthNameLittleEndianParser: MONTHS,
  ENMonthNameMiddleEndianParser: MONTHS,
  ENYearMonthNameParser: MONTHS,
  ENWeekdayParser: 'sun|mon|tue|wed|thu|fri|sat|week',
  ENRelativeDateFormatParser: 'this|last|past|next|after',
};

/** The parser that skips a text without its cue words (same results: it could not match there). */
function cued(parser: Parser): Parser {
  const words = CUES[parser.constructor.name];
  if (!words) return parser;
  const ids = cueWordIds(words.split('|'));
  const skipping: Parser = Object.create(parser) as Parser;
  skipping.pattern = (context) => (hasCueWord(context.text, ids) ? parser.pattern(context) : NO_MATCH);
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

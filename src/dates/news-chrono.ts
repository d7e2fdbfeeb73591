import { createRequire } from 'node:module';
import type { Parser, ParsingResult, Refiner } from 'chrono-node/en';
import { durationParsers } from './parsers/duration.js';
import { setParsers } from './parsers/set.js';
import { yearParsers } from './parsers/year.js';
import { quarterParsers } from './parsers/quarter.js';
import { relativeParsers } from './parsers/relative.js';
import { refParsers } from './parsers/refs.js';
import { holidayParsers } from './parsers/holiday.js';
import { numericDateParsers } from './parsers/numeric-date.js';
import { rangeEndParsers } from './parsers/range-end.js';
import { dropPartOfDayOf, rejectFalseDates } from './false-dates.js';
import { calendarParsers, calendarRefiners } from './calendar-cues.js';

/**
 * chrono's English-only entry point: about a quarter of the start-up cost of the full package
 * (which loads every locale). Loaded through `require` because Vite's resolver (vitest) does not
 * follow chrono's `"./*"` export pattern, while Node resolves it natively.
 */
const chronoEn = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const { Chrono, casual } = chronoEn;

/** chrono's own casual parser, unconfigured: the baseline the eval harness compares against. */
export const chronoCasual = casual;

/**
 * Two chrono instances, both built once per process:
 * - `calendar`: chrono's casual English (dates, weekdays, clock times, "yesterday") minus its
 *   range merger (TimeML marks each end of "from 2019 to 2021" on its own), plus a refiner
 *   that drops what is not a date in news ("Sun" the company, modal "may", "march" the verb,
 *   ratios, bare ordinals);
 * - `news`: our parsers for what chrono does not cover (durations, sets, bare years, quarters,
 *   fiscal years, relative periods, PRESENT_REF/PAST_REF/FUTURE_REF); each result carries its
 *   meaning as a Spec tag.
 */
const calendar = casual.clone();
calendar.parsers = calendarParsers(calendar.parsers);
calendar.refiners = calendarRefiners(calendar.refiners.filter((r) => r.constructor.name !== 'ENMergeDateRangeRefiner'));
// Our filters run first, on chrono's raw results: a rejected piece ("10.30" without am/pm)
// must not be merged into, or win an overlap against, a real date next to it.
calendar.refiners.unshift(rejectFalseDates, dropPartOfDayOf);

const keepAll: Refiner = { refine: (_c, results) => results };
export const newsParsers: Parser[] = [...durationParsers, ...setParsers, ...yearParsers, ...quarterParsers, ...relativeParsers, ...refParsers, ...holidayParsers, ...numericDateParsers, ...rangeEndParsers];
const news = new Chrono({ parsers: newsParsers, refiners: [keepAll] });

/** A UTC noon instant for the reference day, so no time zone shifts it to another day. */
function refInstant(reference: string | null): Date {
  const d = reference ?? '2000-01-01';
  return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 12));
}

export interface RawResults {
  calendar: ParsingResult[];
  news: ParsingResult[];
}

export function parseTemporal(text: string, reference: string | null): RawResults {
  const ref = { instant: refInstant(reference), timezone: 0 };
  return {
    calendar: calendar.parse(text, ref) as ParsingResult[],
    news: news.parse(text, ref) as ParsingResult[],
  };
}

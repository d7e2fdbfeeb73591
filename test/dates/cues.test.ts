import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parser, ParsingResult } from 'chrono-node/en';
import { cueSymbol, cueWordIds, cueWordStarts, cueWordsIn } from '../../src/dates/parsers/cue-words.js';
import { isSeparator } from '../../src/dates/parsers/cue-scan.js';
import { plainPattern } from '../../src/dates/parsers/regex-parser.js';
import { newsParsers } from '../../src/dates/news-chrono.js';
import { ALWAYS_RELATIVE, CUED_CALENDAR_PARSERS, calendarParsers, calendarRefiners } from '../../src/dates/calendar-cues.js';
import { rejectFalseDates } from '../../src/dates/false-dates.js';

const { Chrono, casual } = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const REF = { instant: new Date(Date.UTC(2025, 11, 7, 12)), timezone: 0 };

/** Phrases for every news parser, with odd spacing, dashes, upper case and the characters that fold to ASCII letters. */
const PHRASES = [
  'no more than  a couple of to twenty - five   more days passed; the past 18 months; a year and a half; 1 1/2 years',
  'The PAST few weeks, several decades, for years or months, half an hour, a five-year plan, 24-hour strikes',
  'They meet weekly; the daily Granma; every two weeks, each Thursday night, on Tuesdays, twice a year, three times per week, each July',
  'In fiscal 2024, FY2024-25 and the 2023/24 financial year; the 1990s, the late \'80s, the 21st century, nineteen ninety-six, the nineties',
  'the third quarter of 2024, Q3 2025, 3Q97, H1 2025, the year-ago quarter, the same period last year, the July-September quarter',
  'earlier this month, the first half of next year, two days ago, six weeks earlier, last Friday, last summer, the winter of 2024',
  'early September, mid - - March, last Oct. 23, June last year, the weekend, the day before yesterday, later that day, the next morning',
  'by year-end, the end of the month, the year ended June 30, year-earlier profit, currently, right now, in the past, the near future',
  'Christmas Eve, last Thanksgiving, New Year’s Day, on 06.12.2025 and 05-12-2025, between April and May, March or May 2024',
  'more than a couple of days from now; no more than a couple of to a couple of more years; the second half of - next year',
  'the previous year\'s fiscal third-fiscal quarter, the comparable year-ago fiscal fourth quarter, the most recent year-ago quarter, the July - September 2025 quarter',
  'for the time being, in the days ahead, later the same day, last New Year’s Eve, once upon a time, some time ago',
  'two wee\u212As ago, ſeven ſeconds, the paſt decade, THREE DAYS LATER, 5\u2013 10 years, the past\u00a0two\u2028months',
];

function seedTexts(): string[] {
  const dir = join(import.meta.dirname, '../../fixtures/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const signature = (results: ParsingResult[]) => results.map((r) => `${r.index}:${r.text}:${[...r.tags()].sort().join(',')}`);

describe('cue words', () => {
  it('fold every character as a case-insensitive unicode regex does', () => {
    const symbols = [...'abcdefghijklmnopqrstuvwxyz0123456789-'];
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const expected = /^[a-z0-9-]$/iu.test(ch) ? symbols.findIndex((x) => new RegExp(`^[${x}]$`, 'iu').test(ch)) : -1;
      if (cueSymbol(c) !== expected) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('count as separators exactly the characters of \\s and the dashes the patterns use', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSeparator(c) !== /^[\s\-–]$/u.test(String.fromCharCode(c))) wrong.push(`U+${c.toString(16)}`);
    expect(wrong).toEqual([]);
  });

  it('finds words inside others, overlapping, in any case', () => {
    const [night, nightly, ly, day, absent] = cueWordIds(['night', 'nightly', 'ly', 'day', 'fortnightly']);
    const { present } = cueWordsIn('The NIGHTLY news toDAY');
    expect([night, nightly, ly, day].map((id) => present[id])).toEqual([1, 1, 1, 1]);
    expect(present[absent]).toBe(0);
    expect(cueWordStarts('Day by day, nightly', [day, night])).toEqual([0, 7, 12]);
  });
});

describe('news parser cues', () => {
  it('every news parser keeps its plain pattern', () => {
    for (const p of newsParsers) expect(plainPattern(p)).toBeInstanceOf(RegExp);
  });

  it('change no result: the same matches as full scans', () => {
    const plain = new Chrono({ parsers: newsParsers.map((p) => ({ pattern: () => plainPattern(p)!, extract: p.extract })), refiners: [] });
    const cued = new Chrono({ parsers: newsParsers, refiners: [] });
    for (const text of [...PHRASES, PHRASES.join('\n'), ...seedTexts()]) {
      expect(signature(cued.parse(text, REF) as ParsingResult[])).toEqual(signature(plain.parse(text, REF) as ParsingResult[]));
    }
    // The phrases exercise the parsers (a guard against a test that compares nothing).
    expect((cued.parse(PHRASES.join('\n'), REF) as ParsingResult[]).length).toBeGreaterThan(60);
  });
});

describe('calendar parser cues', () => {
  const names = casual.parsers.map((p: Parser) => p.constructor.name);

  it('name real chrono parsers', () => {
    for (const n of [...CUED_CALENDAR_PARSERS, ...ALWAYS_RELATIVE]) expect(names).toContain(n);
  });

  it('the parsers left out only make results that rejectFalseDates drops', () => {
    for (const p of casual.parsers.filter((x: Parser) => ALWAYS_RELATIVE.includes(x.constructor.name))) {
      const raw = new Chrono({ parsers: [p], refiners: [] });
      const refined = new Chrono({ parsers: [p], refiners: [rejectFalseDates] });
      const text = 'It ended two days ago. In three weeks, within 10 minutes, 5 days later, next 2 weeks, +2 days, 3 hours after, a year earlier.';
      expect((raw.parse(text, REF) as ParsingResult[]).length).toBeGreaterThan(0);
      expect(refined.parse(text, REF)).toEqual([]);
    }
  });

  it('the end-of-period refiner changes the same results as chrono\'s', () => {
    const plain = new Chrono({ parsers: casual.parsers, refiners: casual.refiners });
    const fast = new Chrono({ parsers: casual.parsers, refiners: calendarRefiners(casual.refiners) });
    const text = 'By the end of March, the last day of the month, END OF\tthe  month of May, end of this week, rest of June, in August; out of May 5.';
    const dated = (results: ParsingResult[]) => results.map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}`);
    expect(dated(fast.parse(text, REF) as ParsingResult[])).toEqual(dated(plain.parse(text, REF) as ParsingResult[]));
    expect(dated(fast.parse(text, REF) as ParsingResult[]).some((d) => d.includes('end of March'))).toBe(true);
  });

  it('change no result after rejectFalseDates', () => {
    const plain = new Chrono({ parsers: casual.parsers, refiners: [rejectFalseDates] });
    const cued = new Chrono({ parsers: calendarParsers(casual.parsers), refiners: [rejectFalseDates] });
    for (const text of [...PHRASES, 'on Monday morning, at 10:30 p.m. tonight, May 5, 5 May 2024, 2024 May, the end of the month, Sun., 12/5/2024, Thurs. and Fri, the weekend, monthis week, a month', ...seedTexts()]) {
      expect(signature(cued.parse(text, REF) as ParsingResult[])).toEqual(signature(plain.parse(text, REF) as ParsingResult[]));
    }
  });
});

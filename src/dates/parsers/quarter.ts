import type { Parser } from 'chrono-node/en';
import { regexParser } from './regex-parser.js';
import type { Spec } from '../spec.js';
import { lookupTable } from '../../text/lookup-table.js';

const ORD: Record<string, number> = lookupTable({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4 });
const YEAR = '(?:1[6-9]|20)\\d\\d';

function yearSpec(y: string | undefined, rel: string | undefined): Partial<Extract<Spec, { k: 'cal' }>> {
  if (y) return { year: Number(y) };
  if (rel) return { yearOffset: /last|previous|past/i.test(rel) ? -1 : /next|coming/i.test(rel) ? 1 : 0 };
  return {};
}

/**
 * "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1997",
 * "this year's third quarter", "Q3 2025", "the first half of 2024".
 */
const ordinalQuarter = regexParser(
  `(?:(?:the\\s+)?(this|last|next|(?:the\\s+)?previous)\\s+year'?s\\s+|(?:the\\s+)?(${YEAR})'?s?\\s+|(?:the\\s+)?(?:comparable\\s+)?(year-ago|year-earlier|prior-year|previous-year)\\s+|the\\s+)?(?:(?:fiscal|calendar)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half|period)(?:\\s+(?:of\\s+)?(?:(?:fiscal|calendar)\\s+(?:year\\s+)?)?(${YEAR})|\\s+of\\s+(this|last|next|the)\\s+year)?`,
  // Before the unit: "the the previous year's " or "the comparable year-ago " (4 separator runs), "fiscal ", "third-", "fiscal-".
  { words: 'quarter|half|period', reach: 7 },
  ({ m }) => {
    const n = ORD[m[4].toLowerCase()];
    const kind = m[5].toLowerCase();
    const y = yearSpec(m[2] ?? m[6], m[1] ?? m[7]);
    const shift = m[3] ? { yearShift: -1 } : {};
    if (kind === 'half') return n <= 2 ? { k: 'cal', half: n, ...y, ...shift } : null;
    if (kind === 'period' && !m[2] && !m[6]) return null;
    return { k: 'cal', quarter: n, ...y, ...shift };
  },
);

/** "H1 2025", "2025 H2" (halves). */
const shortHalf = regexParser(`(?:(${YEAR})\\s+)?H([12])(?:\\s*(${YEAR}))?`, 'h1|h2', ({ m }) => {
  const y = m[1] ?? m[3];
  if (!y || m[0].includes('h')) return null;
  return { k: 'cal', half: Number(m[2]), year: Number(y) };
});

/** "Q3", "Q3 2025", "2025 Q3", "3Q97". */
const shortQuarter = regexParser(`(?:(${YEAR})\\s+)?Q([1-4])(?:\\s*(${YEAR}))?|([1-4])Q\\s*'?(\\d\\d)`, 'q1|q2|q3|q4|1q|2q|3q|4q', ({ m }) => {
  if (m[4]) {
    const yy = Number(m[5]);
    return { k: 'cal', quarter: Number(m[4]), year: yy + (yy < 50 ? 2000 : 1900) };
  }
  const y = m[1] ?? m[3];
  if (!y && m[0] !== m[0].toUpperCase()) return null;
  return { k: 'cal', quarter: Number(m[2]), ...(y ? { year: Number(y) } : {}) };
});

/**
 * The reporting quarter of earnings news: "the quarter", "the latest quarter", "the year-ago
 * quarter", "the same period last year" (the last completed quarter, shifted back a year).
 */
const reportingQuarter = regexParser(
  `the\\s+(?:(latest|last|past|previous|prior|current|most\\s+recent|recent|just-ended|year-ago|year-earlier|comparable|same|fiscal|corresponding|(?:1[6-9]|20)\\d\\d)\\s+)?(?:(year-ago|year-earlier|fiscal)\\s+)?quarter(\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year))?|(?:year-ago|year-earlier)\\s+(?:quarter|period)|the\\s+(?:year-ago|year-earlier|latest|most\\s+recent|(?:1[6-9]|20)\\d\\d)\\s+period|the\\s+(?:corresponding|comparable|same)\\s+period\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)|the\\s+same\\s+(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)`,
  // Before "quarter": "the most recent year-ago ", 5 separator runs (a hyphen is one).
  { words: 'quarter|period', reach: 5 },
  ({ m }) => {
    const s = m[0].toLowerCase();
    if (/\bsame\s+quarter$/.test(s) || /\bcomparable\s+quarter$/.test(s)) return null;
    const back = /year-ago|year-earlier|a year|last year|corresponding|comparable/.test(s) ? -4 : /previous|prior/.test(s) ? -1 : 0;
    if (/current/.test(s)) return { k: 'rel', unit: 'Q', offset: 0 };
    const year = /\b((?:1[6-9]|20)\d\d)\b/.exec(s);
    if (year) return { k: 'cal', lastQuarter: true, year: Number(year[1]) };
    return { k: 'cal', lastQuarter: true, offset: back };
  },
);

const MONTH3 = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A quarter named by its months, as South Asian and UK reporting does: "the July-September
 * quarter", "the April–June quarter of 2025", "the October-December 2024 quarter".
 */
const monthQuarter = regexParser(`(?:the\\s+)?${MONTH3}\\s*(?:-|–|to)\\s*${MONTH3}(?:\\s+(${YEAR}))?\\s+quarter(?:\\s+(?:of\\s+)?(${YEAR}))?`, { words: 'quarter', reach: 5 }, ({ m }) => {
  const first = MONTH_INDEX.indexOf(m[1].toLowerCase());
  const last = MONTH_INDEX.indexOf(m[2].toLowerCase());
  if (first % 3 !== 0 || last !== first + 2) return null;
  const y = m[3] ?? m[4];
  return { k: 'cal', quarter: first / 3 + 1, ...(y ? { year: Number(y) } : {}) };
});

export const quarterParsers: Parser[] = [ordinalQuarter, shortQuarter, shortHalf, reportingQuarter, monthQuarter];

/** Quarters, halves and seasons, and the reference date they are resolved against. */
import type { Spec } from './spec.js';
import type { Tense } from './tense.js';
import { dayNumber, fromDayNumber, parseIso } from './timex.js';
import { lookupTable } from '../text/lookup-table.js';

export type CalSpec = Extract<Spec, { k: 'cal' }>;
/** The reference date as fields and a day number; null when the article has none. */
export type Ref = { y: number; m: number; d: number; day: number; weekday: number } | null;

export function makeRef(reference: string | null): Ref {
  if (!reference) return null;
  const { y, m, d } = parseIso(reference);
  const day = dayNumber(y, m, d);
  return { y, m, d, day, weekday: fromDayNumber(day).weekday };
}

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
const SEASON_START: Record<string, number> = lookupTable({ SP: 3, SU: 6, FA: 9, WI: 12 });

/** What the document said before an expression that helps resolve it: the quarter last reported on. */
export interface ResolveContext {
  quarter?: string;
  /** The last date the text gave with a year (YYYY, YYYY-MM or YYYY-MM-DD): "that day" and "the following year" count from it. */
  anchor?: string;
  /** The tense of a verb right before the expression ("was held in March"), if any. */
  nearTense?: Tense;
}

/** Quarters, halves and seasons: "the third quarter", "the year-ago quarter", "H1 2025", "last fall". */
export function periodValue(s: CalSpec, ref: Ref, tense: Tense, context: ResolveContext, year: number | undefined): string | null {
  if (s.lastQuarter) {
    // The last completed calendar quarter before publication; the quarter the story named before
    // only without a date (a fiscal "fourth quarter" is no calendar quarter: TimeBank +1).
    const known = context.quarter && ref === null ? /^(\d{4})-Q(\d)$/.exec(context.quarter) : null;
    if (!ref && !known) return s.year ? `${s.year}-QX` : 'XXXX-QX';
    const base = known ? Number(known[1]) * 4 + Number(known[2]) - 1 : ref!.y * 4 + quarterOf(ref!.m) - 2;
    if (s.year) return `${s.year}-Q${(base % 4) + 1}`;
    const k = base + (s.offset ?? 0);
    return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
  }
  if (s.quarter || s.half) {
    const label = s.quarter ? `Q${s.quarter}` : `H${s.half}`;
    if (year !== undefined) return `${year + (s.yearShift ?? 0)}-${label}`;
    if (!ref) return `XXXX-${label}`;
    // A quarter that has begun is this year's whatever the tense ("expects third-quarter profit" in
    // October); a later one is next year's only in future context.
    const startMonth = s.quarter ? (s.quarter - 1) * 3 + 1 : (s.half! - 1) * 6 + 1;
    const y = (startMonth <= ref.m || tense === 'future' ? ref.y : ref.y - 1) + (s.yearShift ?? 0);
    return `${y}-${label}`;
  }
  if (s.season) {
    if (year !== undefined) return `${year}-${s.season}`;
    if (!ref) return `XXXX-${s.season}`;
    const start = SEASON_START[s.season];
    // "last fall", "next spring", "this summer"; a bare "the summer" follows the tense, else the nearest.
    const d = s.dir ?? (tense === 'future' ? 2 : tense === 'past' ? -2 : 3);
    if (d === 3) {
      const mid = (y: number) => y * 12 + start + 1;
      const now = ref.y * 12 + ref.m;
      return `${[ref.y - 1, ref.y, ref.y + 1].reduce((a, b) => (Math.abs(mid(b) - now) < Math.abs(mid(a) - now) ? b : a))}-${s.season}`;
    }
    const y =
      d === -1 ? (ref.m >= start + 3 ? ref.y : ref.y - 1)
      : d === 1 ? (ref.m < start ? ref.y : ref.y + 1)
      : d === -2 ? (ref.m >= start ? ref.y : ref.y - 1)
      : d === 2 ? (ref.m < start + 3 ? ref.y : ref.y + 1)
      : ref.y;
    return `${y}-${s.season}`;
  }
  return null;
}


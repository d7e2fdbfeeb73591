import type { Spec, TimexType } from './spec.js';
import type { Tense } from './tense.js';
import { dayNumber, fromDayNumber, isoWeek, parseIso, ym, ymd } from './timex.js';
import { holidayDay } from './holidays.js';

export interface Resolved {
  type: TimexType;
  value: string;
}

type CalSpec = Extract<Spec, { k: 'cal' }>;
type Ref = { y: number; m: number; d: number; day: number; weekday: number } | null;

function makeRef(reference: string | null): Ref {
  if (!reference) return null;
  const { y, m, d } = parseIso(reference);
  const day = dayNumber(y, m, d);
  return { y, m, d, day, weekday: fromDayNumber(day).weekday };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function relValue(unit: string, offset: number, ref: Ref): string {
  if (!ref) return { D: 'XXXX-XX-XX', W: 'XXXX-WXX', WE: 'XXXX-WXX-WE', M: 'XXXX-XX', Q: 'XXXX-QX', Y: 'XXXX', DE: 'XXX' }[unit] ?? 'XXXX';
  switch (unit) {
    case 'D': {
      const t = fromDayNumber(ref.day + offset);
      return ymd(t.y, t.m, t.d);
    }
    case 'W':
      return isoWeek(ref.day + 7 * offset);
    case 'WE':
      return `${isoWeek(ref.day + 7 * offset)}-WE`;
    case 'M': {
      const k = ref.y * 12 + ref.m - 1 + offset;
      return ym(Math.floor(k / 12), (k % 12) + 1);
    }
    case 'Q': {
      const k = ref.y * 4 + quarterOf(ref.m) - 1 + offset;
      return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
    }
    case 'DE':
      return String(Math.floor(ref.y / 10) + offset);
    default:
      return String(ref.y + offset);
  }
}

/** The year of a month (and day) by direction: <0 the latest on or before the reference, >0 the next on or after. */
function yearFor(month: number, day: number, ref: NonNullable<Ref>, dir: number, strict: boolean): number {
  const cmp = month * 100 + day - (ref.m * 100 + (day ? ref.d : 0));
  if (dir > 0) return cmp > 0 || (cmp === 0 && !strict) ? ref.y : ref.y + 1;
  return cmp < 0 || (cmp === 0 && !strict) ? ref.y : ref.y - 1;
}

function weekdayDay(weekday: number, ref: NonNullable<Ref>, dir: number, strict: boolean): number {
  if (dir > 0) {
    const ahead = (weekday - ref.weekday + 7) % 7;
    return ref.day + (ahead === 0 && strict ? 7 : ahead);
  }
  const back = (ref.weekday - weekday + 7) % 7;
  return ref.day - (back === 0 && strict ? 7 : back);
}

/** What the document said before an expression that helps resolve it: the quarter last reported on. */
export interface ResolveContext {
  quarter?: string;
  /** The tense of a verb right before the expression ("was held in March"), if any. */
  nearTense?: Tense;
}

/** Quarters, halves and seasons: "the third quarter", "the year-ago quarter", "H1 2025", "last fall". */
function periodValue(s: CalSpec, ref: Ref, tense: Tense, context: ResolveContext, year: number | undefined): string | null {
  if (s.lastQuarter) {
    const known = context.quarter ? /^(\d{4})-Q(\d)$/.exec(context.quarter) : null;
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
    const d = s.dir ?? 0;
    const y = d < 0 ? (ref.m >= start + 3 ? ref.y : ref.y - 1) : d > 0 ? (ref.m < start ? ref.y : ref.y + 1) : ref.y;
    return `${y}-${s.season}`;
  }
  return null;
}

/** A holiday's day: in the given year, else the one the direction or nearness picks. */
function holidayValue(rule: string, dir: number | undefined, ref: Ref, year: number | undefined): string {
  let y = year;
  if (y === undefined && ref) {
    const near = [ref.y - 1, ref.y, ref.y + 1].map((yy) => ({ yy, n: holidayDay(rule, yy) }));
    const pick = dir === -1 ? near.filter((x) => x.n < ref.day).pop() : dir === 1 ? near.find((x) => x.n > ref.day) : near.reduce((a, b) => (Math.abs(b.n - ref.day) < Math.abs(a.n - ref.day) ? b : a));
    y = pick?.yy;
  }
  if (y === undefined) return 'XXXX-XX-XX';
  const t = fromDayNumber(holidayDay(rule, y));
  return ymd(t.y, t.m, t.d);
}

/** Calendar fields as stated, completed from the reference date and the tense. */
function calValue(s: CalSpec, ref: Ref, tense: Tense, context: ResolveContext): Resolved {
  const dir = s.dir !== undefined && s.dir !== 0 ? s.dir : tense === 'future' ? 1 : -1;
  const strict = s.dir !== undefined && s.dir !== 0;
  const year = s.year ?? (ref && s.yearOffset !== undefined ? ref.y + s.yearOffset : undefined);
  const period = periodValue(s, ref, tense, context, year);
  if (period) return { type: 'DATE', value: period };
  if (s.holiday) return { type: 'DATE', value: holidayValue(s.holiday, s.dir, ref, year) };
  let date: string | null = null;
  if (s.month) {
    const y = year ?? (ref ? (s.dir === 0 ? ref.y : s.dir && !s.day ? yearFor(s.month, 0, ref, s.dir, true) : pickYear(s, ref, context.nearTense ?? null)) : undefined);
    const yy = y === undefined ? 'XXXX' : String(y).padStart(4, '0');
    date = s.day ? `${yy}-${pad2(s.month)}-${pad2(s.day)}` : `${yy}-${pad2(s.month)}`;
  } else if (s.weekday !== undefined) {
    if (!ref) date = s.part === 'WE' ? 'XXXX-WXX-WE' : `XXXX-WXX-${s.weekday === 0 ? 7 : s.weekday}`;
    else {
      const t = fromDayNumber(weekdayDay(s.weekday, ref, dir, strict));
      date = s.part === 'WE' ? `${isoWeek(dayNumber(t.y, t.m, t.d))}-WE` : ymd(t.y, t.m, t.d);
    }
  } else if (year !== undefined) {
    date = String(year);
  }
  const hasClock = s.hour !== undefined;
  // "Friday night": TimeML mostly gives the day; a part of day alone ("this morning") is a TIME.
  if (hasClock || (s.part && s.part !== 'WE' && date === null)) {
    const day = date ?? (ref ? ymd(ref.y, ref.m, ref.d) : 'XXXX-XX-XX');
    const clock = hasClock ? `${pad2(s.hour!)}:${pad2(s.minute ?? 0)}` : s.part;
    return { type: 'TIME', value: `${day}T${clock}` };
  }
  return { type: 'DATE', value: date ?? 'XXXX-XX-XX' };
}

/**
 * A year for a year-less month/day: the weekday when given picks it; then the tense of a verb
 * right before it ("was signed in March" looks back, "will be held in March" forward); else the
 * year that puts it nearest the reference (measured on TimeBank/AQUAINT: better than the
 * sentence's tense, whose cue is often the reporting verb, not the event's).
 */
function pickYear(s: CalSpec, ref: NonNullable<Ref>, nearTense: Tense): number {
  const years = [ref.y, ref.y - 1, ref.y + 1];
  if (s.day && s.weekday !== undefined) {
    const fits = years.filter((y) => fromDayNumber(dayNumber(y, s.month!, s.day!)).weekday === s.weekday);
    if (fits.length) return fits[0];
  }
  if (nearTense === 'past' || nearTense === 'future') return yearFor(s.month!, s.day ?? 0, ref, nearTense === 'future' ? 1 : -1, false);
  // Nearest to the reference (month-only: by month distance).
  const at = (y: number) => (s.day ? dayNumber(y, s.month!, s.day) : dayNumber(y, s.month!, 15));
  const refAt = s.day ? ref.day : dayNumber(ref.y, ref.m, 15);
  let best = ref.y;
  for (const y of years) if (Math.abs(at(y) - refAt) < Math.abs(at(best) - refAt)) best = y;
  return best;
}

/** Resolves a Spec against the reference date (YYYY-MM-DD or null) and the clause tense. */
export function resolveSpec(spec: Spec, reference: string | null, tense: Tense, context: ResolveContext = {}): Resolved {
  const ref = makeRef(reference);
  if (spec.k === 'fixed') return { type: spec.type, value: spec.value };
  if (spec.k === 'rel') {
    const value = relValue(spec.unit, spec.offset, ref);
    if (spec.part) return { type: 'TIME', value: `${value}T${spec.part}` };
    return { type: 'DATE', value };
  }
  return calValue(spec, ref, tense, context);
}

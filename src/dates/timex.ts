import { lookupTable } from '../text/lookup-table.js';
/** TIMEX3 value formatting: durations, calendar dates, weeks and quarters. */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const CLOCK = new Set(['second', 'minute', 'hour']);
const CODES: Record<string, string> = lookupTable({
  second: 'S', minute: 'M', hour: 'H', day: 'D', night: 'D', week: 'W', fortnight: 'W', month: 'M', quarter: 'Q',
  year: 'Y', decade: 'DE', century: 'CE', millennium: 'ML', weekend: 'WE',
});
/** A fraction of a unit in the next smaller unit ("1 1/2 years" → P1Y6M). */
const SMALLER: Record<string, [string, number]> = lookupTable({
  year: ['M', 12], month: ['D', 30], week: ['D', 7], day: ['H', 24], hour: ['M', 60], minute: ['S', 60], decade: ['Y', 10], century: ['Y', 100],
});

/** P5Y, PT3H, P1Y6M, PXY (unknown amount: n = null). */
export function durationValue(n: number | null, unit: string): string {
  const t = CLOCK.has(unit) ? 'T' : '';
  const code = CODES[unit] ?? 'X';
  if (n === null) return `P${t}X${code}`;
  if (unit === 'fortnight') n *= 2;
  if (unit === 'decade') return durationValue(n * 10, 'year');
  const whole = Math.floor(n);
  const frac = n - whole;
  if (frac > 0 && SMALLER[unit]) {
    const [small, per] = SMALLER[unit];
    const rest = Math.round(frac * per);
    const smallT = t || (unit === 'day' ? 'T' : '');
    if (whole === 0) return `P${smallT}${rest}${small}`;
    if (unit === 'day') return `P${whole}DT${rest}H`;
    return `P${t}${whole}${code}${rest}${small}`;
  }
  return `P${t}${whole}${code}`;
}

export function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function ym(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Days since the epoch of a UTC calendar date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDayNumber(n: number): { y: number; m: number; d: number; weekday: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday: dt.getUTCDay() };
}

/** ISO-8601 week of a day number: "2025-W49". */
export function isoWeek(n: number): string {
  const { weekday } = fromDayNumber(n);
  const thursday = n - ((weekday + 6) % 7) + 3;
  const { y } = fromDayNumber(thursday);
  const firstThursday = dayNumber(y, 1, 4) - ((fromDayNumber(dayNumber(y, 1, 4)).weekday + 6) % 7) + 3;
  return `${y}-W${pad(1 + Math.round((thursday - firstThursday) / 7))}`;
}

export function parseIso(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

import { dayNumber, fromDayNumber } from './timex.js';

/** Gregorian Easter Sunday (anonymous Gregorian algorithm) as a day number. */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** The nth weekday (0 = Sunday) of a month. */
function nthWeekday(y: number, month: number, weekday: number, n: number): number {
  const first = dayNumber(y, month, 1);
  return first + ((weekday - fromDayNumber(first).weekday + 7) % 7) + 7 * (n - 1);
}

/** The day number of a holiday rule (see parsers/holiday.ts) in year `y`. */
export function holidayDay(rule: string, y: number): number {
  const [kind, a, b, c] = rule.split(':');
  switch (kind) {
    case 'fixed':
      return dayNumber(y, Number(a), Number(b));
    case 'nth':
      return nthWeekday(y, Number(a), Number(b), Number(c));
    case 'last': {
      const next = dayNumber(Number(a) === 12 ? y + 1 : y, (Number(a) % 12) + 1, 1);
      return next - 1 - ((fromDayNumber(next - 1).weekday - Number(b) + 7) % 7);
    }
    case 'election':
      return nthWeekday(y, 11, 1, 1) + 1;
    default:
      return easter(y) + Number(a);
  }
}

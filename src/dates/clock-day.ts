import type { FoundDate } from './extract.js';

/** How far a clock time may be from the day it belongs to ("5 p.m. local time on Saturday"). */
const CLOCK_DAY_GAP = 32;

/**
 * A clock time with no day of its own takes the day named right after it in the same clause
 * ("at 10:35 a.m. (0735 GMT) Friday", "5 p.m. local time on Saturday") or right before it
 * ("Saturday, 5 p.m."), not the publication day.
 */
export function borrowDays(text: string, out: FoundDate[], clockOnly: boolean[]): void {
  for (let i = 0; i < out.length; i++) {
    if (!clockOnly[i] || !/^\d{4}-\d\d-\d\dT/.test(out[i].value)) continue;
    const next = out[i + 1];
    const prev = out[i - 1];
    const dayOf = (d: FoundDate | undefined) => (d && d.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(d.value) ? d.value : null);
    let day: string | null = null;
    if (next && next.start - out[i].end <= CLOCK_DAY_GAP && !/[.;!?]|\b(?:and|but|after|before|since|until|from|to)\b/i.test(text.slice(out[i].end, next.start))) day = dayOf(next);
    if (!day && prev && out[i].start - prev.end <= 6 && /^[\s,]*(?:at\s*)?$/i.test(text.slice(prev.end, out[i].start))) day = dayOf(prev);
    if (day) out[i] = { ...out[i], value: day + out[i].value.slice(10) };
  }
}

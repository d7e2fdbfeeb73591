import type { DateFact } from '../schema/article.js';
import type { EventDateLayer, TextSpan } from '../pipeline/layers.js';
import type { Sentence } from '../text/sentences.js';
import { tenseAround } from './tense.js';
import { dayNumber, parseIso } from './timex.js';

/** How far into the body the lead reaches, in sentences (headline and dateline lines excluded). */
const LEAD_SENTENCES = 3;
/** An event reported as news happened at most this many days before publication. */
const MAX_DAYS_BEFORE = 31;

const CLOCK_ONLY = /^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hours?|hrs|o'clock)?|noon|midnight)$/i;

export interface EventDateInput {
  text: string;
  dates: readonly DateFact[];
  sentences: readonly Sentence[];
  reference: string | null;
  bodyStart: number;
  /** Spans no fact may come from: credit/footer lines and the publication-date evidence. */
  excluded: readonly TextSpan[];
}

const inside = (d: { start: number; end: number }, spans: readonly TextSpan[]) => spans.some((s) => d.start < s.end && s.start < d.end);

/**
 * The day the main reported event happened: the first date in the lead that names one day, is
 * not in future context, and falls on or shortly before publication. Null when no such date: a
 * wrong date is worse than none.
 */
export function findEventDate(input: EventDateInput): EventDateLayer | null {
  const { text, dates, sentences, reference, bodyStart, excluded } = input;
  const lead = sentences.filter((s) => s.end > bodyStart && text.slice(s.start, s.end).trim().length >= 25).slice(0, LEAD_SENTENCES);
  if (lead.length === 0) return null;
  const leadEnd = lead[lead.length - 1].end;
  const ref = reference ? parseIso(reference) : null;
  const refDay = ref ? dayNumber(ref.y, ref.m, ref.d) : null;
  for (const d of dates) {
    if (d.start < Math.max(bodyStart, lead[0].start) || d.start >= leadEnd) continue;
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    // A bare clock time ("at 10 a.m.") names no day; it took the publication day only by default.
    if (d.type === 'TIME' && CLOCK_ONLY.test(d.text)) continue;
    if (inside(d, excluded)) continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(d.value);
    if (!day) continue;
    const n = dayNumber(Number(day[1]), Number(day[2]), Number(day[3]));
    if (refDay !== null && (n > refDay || n < refDay - MAX_DAYS_BEFORE)) continue;
    // A date in a short line between lead sentences ("Jan. 5:") is not in the lead.
    const s = lead.find((x) => x.start <= d.start && d.start < x.end);
    if (!s) continue;
    if (tenseAround(text, s.start, s.end, d.start, d.end) === 'future') continue;
    return { date: day[0], basis: 'text', evidence: { start: d.start, end: d.end, text: d.text } };
  }
  return null;
}

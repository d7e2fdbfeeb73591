import type { Conflict, EventDate } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, type Outlets } from './conflict.js';
import { supportOf } from './support.js';
import { dayNumber } from './features.js';
import { byCodeUnit } from './fold.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayOf(iso: string): string {
  return WEEKDAYS[(dayNumber(iso) + 4) % 7]; // 1970-01-01 was a Thursday
}

function statedWeekday(text: string): string | null {
  const m = text.toLowerCase().match(/\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/);
  if (!m) return null;
  return WEEKDAYS.find((w) => w.startsWith(m[1].slice(0, 3))) ?? null;
}

/**
 * The one stated day that every article stating a day also mentions (its own event day or a
 * date in its text): a follow-up ("the search resumed on Friday") that also dates the event
 * ("sank on Wednesday night") does not disagree. Null when there is none or more than one.
 */
function datedByAll(days: string[], inputs: Input[]): string | null {
  const stating = inputs.filter((i) => i.article.eventDate?.basis === 'text');
  // A mention of the publication day (a dateline, a "Published …" line) dates the report, not the event.
  const mentions = (i: Input, d: string) => d !== i.article.published?.date && i.article.dates.some((x) => x.value === d);
  const ok = days.filter((d) => stating.every((i) => i.article.eventDate!.date === d || mentions(i, d)));
  return ok.length === 1 ? ok[0] : null;
}

/**
 * The event date from the articles that state it: `text` dates win over publication days; two
 * stated days that differ (Friday vs Saturday) are a `genuine` conflict and no date is picked.
 * Articles that state none inherit the date (`cluster`).
 */
export function mergeEventDate(inputs: Input[], outlets: Outlets): { date: EventDate | null; conflicts: Conflict[] } {
  const stated = new ValueBag();
  const published = new ValueBag();
  const conflicts: Conflict[] = [];
  for (const { id, article } of inputs) {
    const ed = article.eventDate;
    if (!ed) continue;
    (ed.basis === 'text' ? stated : published).add(ed.date, [supportOf(id, [ed.evidence])]);
    const wd = ed.evidence ? statedWeekday(ed.evidence.text) : null;
    if (wd && wd !== weekdayOf(ed.date)) {
      conflicts.push(
        conflict('date', [
          { value: ed.date, sources: [supportOf(id, [])] },
          { value: wd[0].toUpperCase() + wd.slice(1), sources: [supportOf(id, [ed.evidence])] },
        ], 'genuine', null, 'unresolved', `the stated weekday is not the weekday of ${ed.date}`),
      );
    }
  }
  const s = stated.entries(outlets);
  const p = published.entries(outlets);
  let value: string | null = null;
  let basis: 'text' | 'published' = 'text';
  const dated = s.length > 1 ? datedByAll(s.map((x) => x.value), inputs) : null;
  if (s.length > 1 && dated) {
    value = dated;
    conflicts.push(
      conflict('date', [...s, ...p], 'variant', value, 'majority-independent', `every article stating a day also dates ${value}; the other days are later developments`),
    );
  } else if (s.length > 1) {
    conflicts.push(conflict('date', [...s, ...p], 'genuine', null, 'unresolved', 'the articles state different event days'));
  } else if (s.length === 1) {
    value = s[0].value;
    if (p.some((x) => x.value !== value))
      conflicts.push(conflict('date', [...s, ...p], 'variant', value, 'most-specific', 'a stated day wins over a publication day'));
  } else if (p.length) {
    basis = 'published';
    value = [...p.map((x) => x.value)].sort(byCodeUnit)[0];
    if (p.length > 1)
      conflicts.push(conflict('date', p, 'variant', value, 'most-specific', 'the earliest publication day: an event precedes its reports'));
  }
  if (value === null) return { date: null, conflicts };
  const support = (basis === 'text' ? s : p).find((x) => x.value === value)!.sources;
  const articles = inputs.map(({ id, article }) => ({
    article: id,
    basis: article.eventDate?.date === value ? article.eventDate.basis : ('cluster' as const),
  }));
  return { date: { value, basis, support, articles }, conflicts };
}

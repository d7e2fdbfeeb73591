import type { ParsingResult } from 'chrono-node/en';
import type { Spec } from './spec.js';
import { DAY_PARTS } from './words.js';

const PART = /\b(morning|afternoon|evening|night|overnight|tonight)\b/i;

/** A chrono calendar result as a Spec: only the components the text stated (chrono's `assign`), never its guesses. */
export function specFromChrono(r: ParsingResult): Spec {
  const c = r.start;
  const tags = r.tags();
  const known = (k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const partWord = PART.exec(r.text)?.[1]?.toLowerCase();
  const part = partWord ? DAY_PARTS[partWord] : undefined;
  const spec: Extract<Spec, { k: 'cal' }> = { k: 'cal' };
  const year = known('year');
  const month = known('month');
  const day = known('day');
  const weekday = known('weekday');
  if (year !== undefined) spec.year = year;
  if (month !== undefined) spec.month = month;
  if (day !== undefined) spec.day = day;
  if (weekday !== undefined) spec.weekday = weekday;
  const hour = known('hour');
  if (hour !== undefined && !(partWord && !/\d|noon|midnight/i.test(r.text))) {
    spec.hour = hour;
    spec.minute = known('minute') ?? 0;
  }
  if (part && spec.hour === undefined) spec.part = part;
  // "yesterday", "today", "tonight", "last night", "this morning": chrono fills the day from the
  // reference; keep it relative so that it stays unresolved (XXXX-XX-XX) without one.
  const casualDay = /\b(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i.test(r.text);
  const dated = !casualDay && (year !== undefined || month !== undefined || weekday !== undefined);
  if (!dated && (casualDay || (spec.hour === undefined && [...tags].some((t) => t.startsWith('casualReference/'))))) {
    const offset = /last\s+night|yesterday/i.test(r.text) ? -1 : /tomorrow/i.test(r.text) ? 1 : 0;
    const clock = spec.hour !== undefined ? { part: `${String(spec.hour).padStart(2, '0')}:${String(spec.minute ?? 0).padStart(2, '0')}` } : {};
    return { k: 'rel', unit: 'D', offset, ...(part && partWord !== 'tonight' ? { part } : {}), ...clock };
  }
  if (partWord === 'tonight' && spec.part) delete spec.part;
  return spec;
}

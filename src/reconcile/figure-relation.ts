import type { Figure } from '../schema/article.js';
import { foldSpelling, words } from './fold.js';
import { close, hedgeTolerance, normalizeFigure, roundingTolerance, type Normalized } from './units.js';

/**
 * Two figures state the same value: same dimension, equal under some reading of the units.
 * `hedged`: only one of them carries a hedge ("37" / "at least 37"): the same count, a variant.
 */
export function sameValue(a: Figure, b: Figure): { same: boolean; note: string | null; hedged: boolean } {
  const no = { same: false, note: null, hedged: false };
  const na = normalizeFigure(a);
  const nb = normalizeFigure(b);
  if (na.dimension !== nb.dimension) return no;
  const hedged = (a.approximate ?? '') !== (b.approximate ?? '');
  if (hedged && a.approximate && b.approximate) return no;
  if (a.change && b.change && a.change !== b.change) return no;
  for (const [la, ha] of na.readings)
    for (const [lb, hb] of nb.readings)
      if (close(la, lb) && close(ha, hb)) {
        const exact = close(na.low, nb.low) && close(na.high, nb.high);
        return { same: true, note: exact && !(na.note || nb.note) ? null : (na.note ?? nb.note), hedged };
      }
  return no;
}

const COUNT_STOP = new Set([
  'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'by', 'with', 'from', 'were', 'was', 'been', 'being',
  'be', 'is', 'are', 'has', 'have', 'had', 'worth', 'such', 'cases', 'some', 'about', 'least', 'more', 'than', 'nearly',
  'almost', 'over', 'under', 'up', 'around', 'approximately', 'roughly', 'estimated', 'said', 'says', 'total', 'its', 'their',
]);

/** Crude stem so "killing" / "killed" / "kills" meet. */
function stem(w: string): string {
  let s = foldSpelling(w);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

/** Words of a text that can say what is counted: no numbers, no function words. */
function contentStems(text: string): string[] {
  return words(text).filter((w) => !COUNT_STOP.has(w) && !/^\d/.test(w) && w.length > 1).map(stem);
}

/** How many content words either side of a figure, inside its sentence, say what it counts. */
const WINDOW = 1;
const CLAUSE = /[,;:()\u2013\u2014]|\s-\s/;

/**
 * What a figure counts: its `counts` words, plus the words right beside it in its sentence
 * ("killing 42 people": kill, people) — the extractor's `counts` may miss the verb, or give none
 * ("injuring at least 40,": injur).
 */
export function countTerms(f: Figure): Set<string> {
  const terms = new Set(contentStems(f.counts ?? ''));
  const s = f.sentence;
  if (!s || f.start < s.start || f.end > s.end) return terms;
  // Within the figure's clause only: "2 countries; later 5 countries" must not share "later".
  const left = s.text.slice(0, f.start - s.start).split(CLAUSE).pop() ?? '';
  const right = s.text.slice(f.end - s.start).split(CLAUSE)[0] ?? '';
  const before = contentStems(left).slice(-WINDOW);
  const after = contentStems(right).slice(0, WINDOW);
  for (const t of [...before, ...after, ...contentStems(f.text)]) terms.add(t);
  return terms;
}

/** Jaccard overlap of two figures' counted things and the shared words; null when either does not say. */
export function countsOverlap(a: Figure, b: Figure): { jaccard: number; shared: number } | null {
  const x = countTerms(a);
  const y = countTerms(b);
  if (!x.size || !y.size) return null;
  let inter = 0;
  for (const t of x) if (y.has(t)) inter++;
  return { jaccard: inter / (x.size + y.size - inter), shared: inter };
}

/** How far from a stated value the fact may be: its rounding, or its hedge. */
function tolerance(f: Figure, n: Normalized): number {
  const v = typeof f.value === 'number' ? f.value : f.value.high;
  const factor = Math.abs(n.low) > 0 && typeof f.value === 'number' && f.value !== 0 ? n.low / f.value : 1;
  return Math.max(roundingTolerance(v) * factor, hedgeTolerance(f.approximate) * Math.abs(n.high));
}

/** Whether a bound ("more than 200") is consistent with the other value. */
function boundHolds(f: Figure, n: Normalized, other: Normalized): boolean | null {
  switch (f.approximate) {
    case 'more-than':
      return other.low > n.low || close(other.low, n.low);
    case 'at-least':
      return other.low >= n.low || close(other.low, n.low);
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return other.high <= n.high || close(other.high, n.high);
    default:
      return null;
  }
}

/**
 * Two figures of different value about one thing: `variant` when rounding or a hedge explains
 * the difference ("about 1.5 million" / "1,498,000"); `genuine` when they count the same thing
 * (same slot) and differ beyond tolerance; null when they are not about the same thing.
 */
export function differentValues(a: Figure, b: Figure): 'variant' | 'genuine' | null {
  const na = normalizeFigure(a);
  const nb = normalizeFigure(b);
  if (na.dimension !== nb.dimension) return null;
  if (a.change && b.change && a.change !== b.change) return null;
  const overlap = countsOverlap(a, b);
  // Both say what they count and it is not mostly the same thing: unrelated figures.
  if (overlap !== null && overlap.jaccard < 0.5) return null;
  const ba = boundHolds(a, na, nb);
  const bb = boundHolds(b, nb, na);
  if (ba === false || bb === false) return sameSlot(overlap) ? 'genuine' : null;
  if (ba === true || bb === true) return overlap !== null ? 'variant' : null;
  const tol = Math.max(tolerance(a, na), tolerance(b, nb));
  const within = Math.abs(na.low - nb.low) <= tol + 1e-9 && Math.abs(na.high - nb.high) <= tol + 1e-9;
  const ranges = typeof a.value !== 'number' || typeof b.value !== 'number';
  if (within || (ranges && na.low <= nb.high && nb.low <= na.high)) return 'variant';
  return sameSlot(overlap) ? 'genuine' : null;
}

/**
 * The same counted thing: both say what they count, with at least two words in common and
 * mostly the same words ("people killed" / "people killed"; not "countries" / "countries").
 */
function sameSlot(overlap: { jaccard: number; shared: number } | null): boolean {
  return overlap !== null && overlap.shared >= 2 && overlap.jaccard >= 0.5;
}

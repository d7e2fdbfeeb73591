import type { MetadataLayer } from '../pipeline/layers.js';
import type { FoundDate } from './extract.js';
import { dayNumber, parseIso } from './timex.js';

/** A wire dateline is written at most this many days before the publication date it appears under. */
const MAX_DATELINE_LAG = 3;

/**
 * The day a wire story was written, from its dateline ("LONDON, Dec 5 (Reuters) -", "New Delhi,
 * Dec 5 (PTI)"): the reference its "today", "on Saturday" and "yesterday" were written against
 * when the copy is published a day or two later (print editions, syndication). Null when the
 * dateline has no day, or one that is not shortly before the publication date.
 */
export function datelineReference(found: readonly FoundDate[], metadata: MetadataLayer, reference: string | null): string | null {
  const dateline = metadata.dateline;
  if (!dateline || !reference) return null;
  const d = found.find((x) => x.start >= dateline.evidence.end && x.end <= metadata.bodyStart);
  if (!d || d.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(d.value) || d.value === reference) return null;
  const a = parseIso(d.value);
  const r = parseIso(reference);
  const lag = dayNumber(r.y, r.m, r.d) - dayNumber(a.y, a.m, a.d);
  return lag > 0 && lag <= MAX_DATELINE_LAG ? d.value : null;
}

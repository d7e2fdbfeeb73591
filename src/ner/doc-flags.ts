import { CATEGORIES } from './gazetteer.js';
import { gazCode } from './gazetteer-codes.js';
import type { WordEntry } from './word-entry.js';

/**
 * `buildDocContextOf`'s word flags as bits, for the tagger's id path: per document word slot
 * (one per distinct lower-cased key), which flags hold. The rules are the same, read from cached
 * word entries and gazetteer codes; `buildDocContext` stays the definition (training uses it)
 * and the feature-ids test checks the two agree.
 */
export const FLAG_NAMES = ['lc', 'tc', 'mid', 'afterTitle', 'afterGiven', 'seqLast', 'seqFirst', 'alone'] as const;
const [LC, TC, MID, AFTER_TITLE, AFTER_GIVEN, SEQ_LAST, SEQ_FIRST, ALONE] = FLAG_NAMES.map((_, i) => 1 << i);
const TITLE = CATEGORIES.indexOf('title');
const GIVEN = CATEGORIES.indexOf('given');

/**
 * Flags per slot of a document's tokens `es` (sentences `sentStart[s]..sentStart[s+1]`), with
 * `slot[i]` the token's word slot, `capsStyle[s]` whether the sentence's style is not 'plain',
 * and `codes` the gazetteer codes.
 */
export function documentFlags(
  es: readonly WordEntry[],
  sentStart: Int32Array,
  capsStyle: Uint8Array,
  codes: Int32Array,
  slot: Int32Array,
  slots: number,
): Uint8Array {
  const flags = new Uint8Array(slots);
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s];
    const b = sentStart[s + 1];
    const caps = capsStyle[s] === 1;
    for (let i = a; i < b; i++) {
      const e = es[i];
      const k = slot[i];
      if (e.cls === 'lower') {
        flags[k] |= LC;
        continue;
      }
      if (caps || !e.cap) continue;
      if (e.cls === 'init') flags[k] |= TC;
      if (i > a && !es[i - 1].ctxOpener) flags[k] |= MID;
      const prevTitle = i > a && gazCode(codes[i - 1], TITLE) !== 0;
      if (prevTitle) flags[k] |= AFTER_TITLE;
      if (i > a && es[i - 1].cap && gazCode(codes[i - 1], GIVEN) !== 0) flags[k] |= AFTER_GIVEN;
      const prevCap = i > a && es[i - 1].cap && !prevTitle;
      const nextCap = i + 1 < b && es[i + 1].cap;
      if (prevCap && !nextCap) flags[k] |= SEQ_LAST;
      if (!prevCap && nextCap) flags[k] |= SEQ_FIRST;
      if (!prevCap && !nextCap) flags[k] |= ALONE;
    }
  }
  return flags;
}

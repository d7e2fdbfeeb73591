import { lookupPlace } from '../lexicon/countries.js';
import type { PlaceMention } from './place-mentions.js';

/**
 * The article's home country (ISO alpha-2): the dateline's country when the dateline is a
 * known place, else the country its places point to most often (ties: the first mentioned).
 * `places` may be a function that finds them, called only when the dateline does not decide.
 */
export function homeCountry(places: readonly PlaceMention[] | (() => readonly PlaceMention[]), datelinePlace: string | null): string | null {
  const fromDateline = datelinePlace ? lookupPlace(datelinePlace) : null;
  if (fromDateline) return fromDateline.code;
  const counts = new Map<string, number>();
  // a function for the places: with a known dateline they are never needed, nor computed
  for (const p of typeof places === 'function' ? places() : places) if (p.hit) counts.set(p.hit.code, (counts.get(p.hit.code) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best;
}

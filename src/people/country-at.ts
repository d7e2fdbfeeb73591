import { lookupCountry, lookupPlace, maxPlaceWords, mayStartPlace, type PlaceHit } from '../lexicon/countries.js';
import type { Word } from './words.js';

/** The longest country name, short form or demonym starting at word `i` (within `limit`). */
export function countryAt(words: readonly Word[], i: number, limit = words.length): { hit: PlaceHit; end: number } | null {
  return longestAt(words, i, limit, lookupCountry);
}

/** The longest known place (country, subdivision, city) starting at word `i`. */
export function placeAt(words: readonly Word[], i: number, limit = words.length): { hit: PlaceHit; end: number } | null {
  return longestAt(words, i, limit, lookupPlace);
}

function longestAt(
  words: readonly Word[],
  i: number,
  limit: number,
  lookup: (text: string) => PlaceHit | null,
): { hit: PlaceHit; end: number } | null {
  if (i >= limit || !/^\p{Lu}/u.test(words[i].text) || words[i].fold === 'the') return null;
  // Every text tried below starts with this word, then " " or "-" (words hold no white space).
  if (!mayStartPlace(words[i].text)) return null;
  const max = Math.min(limit, i + maxPlaceWords());
  for (let end = max; end > i; end--) {
    let text = words[i].text;
    for (let k = i + 1; k < end; k++) text += (words[k].token === words[k - 1].token ? '-' : ' ') + words[k].text;
    const hit = lookup(text);
    if (hit) return { hit, end };
  }
  return null;
}

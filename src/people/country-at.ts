import { lookupCountry, lookupPlace, maxPlaceWords, type PlaceHit } from '../lexicon/countries.js';
import type { Word } from './words.js';

/** The longest country name, short form or demonym starting at word `i` (within `limit`). */
export function countryAt(words: readonly Word[], i: number, limit = words.length): { hit: PlaceHit; end: number } | null {
  return longestAt(words, i, limit, lookupCountry);
}

/** The longest known place (country, subdivision, city) starting at word `i`. */
export function placeAt(words: readonly Word[], i: number, limit = words.length): { hit: PlaceHit; end: number } | null {
  const found = longestAt(words, i, limit, lookupPlace);
  // "Kogi State", "Kano State": a subdivision and the word State are one place
  if (found && found.hit.sense === 'subdivision' && found.end < limit && words[found.end].text === 'State') return { hit: found.hit, end: found.end + 1 };
  return found;
}

function longestAt(
  words: readonly Word[],
  i: number,
  limit: number,
  lookup: (text: string) => PlaceHit | null,
): { hit: PlaceHit; end: number } | null {
  if (i >= limit || !/^\p{Lu}/u.test(words[i].text) || words[i].fold === 'the') return null;
  const max = Math.min(limit, i + maxPlaceWords());
  for (let end = max; end > i; end--) {
    let text = words[i].text;
    for (let k = i + 1; k < end; k++) text += (words[k].token === words[k - 1].token ? '-' : ' ') + words[k].text;
    const hit = lookup(text);
    if (hit) return { hit, end };
  }
  return null;
}

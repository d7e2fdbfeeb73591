import { lookupCountry, lookupPlace, maxPlaceWords, mayStartPlace, type PlaceHit } from '../lexicon/countries.js';
import type { Word } from './words.js';

type Match = { hit: PlaceHit; end: number };

/** The longest country name, short form or demonym starting at word `i` (within `limit`). */
export function countryAt(words: readonly Word[], i: number, limit = words.length): Match | null {
  return longestAt(words, i, limit, lookupCountry, countryMemo);
}

/** The longest known place (country, subdivision, city) starting at word `i`. */
export function placeAt(words: readonly Word[], i: number, limit = words.length): Match | null {
  const found = longestAt(words, i, limit, lookupPlace, placeMemo);
  // "Kogi State", "Kano State": a subdivision and the word State are one place
  if (found && found.hit.sense === 'subdivision' && found.end < limit && words[found.end].text === 'State') return { hit: found.hit, end: found.end + 1 };
  return found;
}

/** Every match at a word, longest first, computed once per word array (titles and names ask the same words often). */
const countryMemo = new WeakMap<readonly Word[], (Match[] | undefined)[]>();
const placeMemo = new WeakMap<readonly Word[], (Match[] | undefined)[]>();

function longestAt(
  words: readonly Word[],
  i: number,
  limit: number,
  lookup: (text: string) => PlaceHit | null,
  memo: WeakMap<readonly Word[], (Match[] | undefined)[]>,
): Match | null {
  if (i >= limit || !/^\p{Lu}/u.test(words[i].text) || words[i].fold === 'the') return null;
  // Every text tried below starts with this word, then " " or "-" (words hold no white space).
  if (!mayStartPlace(words[i].text)) return null;
  let byWord = memo.get(words);
  if (!byWord) memo.set(words, (byWord = []));
  let all = byWord[i];
  if (!all) {
    all = [];
    const max = Math.min(words.length, i + maxPlaceWords());
    for (let end = max; end > i; end--) {
      let text = words[i].text;
      for (let k = i + 1; k < end; k++) text += (words[k].token === words[k - 1].token ? '-' : ' ') + words[k].text;
      const hit = lookup(text);
      if (hit) all.push({ hit, end });
    }
    byWord[i] = all;
  }
  for (const m of all) if (m.end <= limit) return m;
  return null;
}

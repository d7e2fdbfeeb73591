import { lookupPlace, maxPlaceWords, mayContinuePlace, type PlaceHit } from '../lexicon/countries.js';
import { OPENS_UPPER, PLACE_START } from '../lexicon/word-info.js';
import type { Word } from './words.js';

type Match = { hit: PlaceHit; end: number };

/** The longest country name, short form or demonym starting at word `i` (within `limit`). */
export function countryAt(words: readonly Word[], i: number, limit = words.length): Match | null {
  return longestAt(words, i, limit, countryMatchesAt, countryMemo);
}

/** The longest known place (country, subdivision, city) starting at word `i`. */
export function placeAt(words: readonly Word[], i: number, limit = words.length): Match | null {
  const found = longestAt(words, i, limit, placeMatchesAt, placeMemo);
  // "Kogi State", "Kano State": a subdivision and the word State are one place
  if (found && found.hit.sense === 'subdivision' && found.end < limit && words[found.end].text === 'State') return { hit: found.hit, end: found.end + 1 };
  return found;
}

/** Every match at a word, longest first, computed once per word array (titles and names ask the same words often). */
class MatchMemo {
  private readonly byWords = new WeakMap<readonly Word[], (Match[] | undefined)[]>();
  /** The word array asked last (one article at a time asks many times): no WeakMap lookup per call. */
  private lastWords: readonly Word[] | null = null;
  private last: (Match[] | undefined)[] = [];

  of(words: readonly Word[]): (Match[] | undefined)[] {
    if (words === this.lastWords) return this.last;
    let byWord = this.byWords.get(words);
    if (!byWord) this.byWords.set(words, (byWord = []));
    this.lastWords = words;
    this.last = byWord;
    return byWord;
  }
}

const countryMemo = new MatchMemo();
const placeMemo = new MatchMemo();
const NONE: Match[] = [];

function longestAt(words: readonly Word[], i: number, limit: number, matchesAt: (words: readonly Word[], i: number) => Match[], memo: MatchMemo): Match | null {
  if (i >= limit) return null;
  const byWord = memo.of(words);
  let all = byWord[i];
  if (!all) byWord[i] = all = matchesAt(words, i);
  for (const m of all) if (m.end <= limit) return m;
  return null;
}

/** Every place the lexicon knows starting at word `i`, longest first (memoized). */
function placeMatchesAt(words: readonly Word[], i: number): Match[] {
  const byWord = placeMemo.of(words);
  return (byWord[i] ??= lexiconMatchesAt(words, i));
}

/** The countries and demonyms among them: `lookupCountry` is `lookupPlace` with those senses. */
function countryMatchesAt(words: readonly Word[], i: number): Match[] {
  const all = placeMatchesAt(words, i);
  if (all.length === 0) return NONE;
  const countries = all.filter((m) => m.hit.sense === 'country' || m.hit.sense === 'demonym');
  return countries.length === 0 ? NONE : countries;
}

/** Every phrase the place lexicon knows starting at word `i`, longest first. */
function lexiconMatchesAt(words: readonly Word[], i: number): Match[] {
  if (!(words[i].traits & OPENS_UPPER) || words[i].fold === 'the') return NONE;
  // Every text tried below starts with this word, then " " or "-" (words hold no white space).
  if (!(words[i].traits & PLACE_START)) return NONE; // mayStartPlace, looked up once per distinct word
  const found: Match[] = [];
  const max = Math.min(words.length, i + maxPlaceWords());
  let text = words[i].text;
  for (let end = i + 1; end <= max; end++) {
    if (end > i + 1) {
      // no place form goes on from here: no longer phrase can be one
      if (!mayContinuePlace(text)) break;
      text += (words[end - 1].token === words[end - 2].token ? '-' : ' ') + words[end - 1].text;
    }
    const hit = lookupPlace(text);
    if (hit) found.push({ hit, end });
  }
  return found.length === 0 ? NONE : found.reverse();
}

import { loadJsonData } from '../data-files.js';
import { isAllCaps } from './normalize.js';

interface CountryRecord {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  subdivisions: string[];
  cities: string[];
}

/** What a place-like phrase is: a country's name or short form, its demonym, or one of its subdivisions/cities. */
export type PlaceSense = 'country' | 'demonym' | 'subdivision' | 'city';

export interface PlaceHit {
  code: string;
  /** The country's canonical name (`United States` for "US", "U.S.", "American"). */
  country: string;
  sense: PlaceSense;
  /** The lexicon's own spelling of the place ("Islamabad" for "ISLAMABAD"). */
  form: string;
}

interface CountryIndex {
  exact: Map<string, PlaceHit>;
  upper: Map<string, PlaceHit>;
  /** First segment (up to a space or hyphen) of every key of `exact` and `upper`. */
  firsts: Set<string>;
  /** Every key of `exact` and `upper` cut right before each of its spaces and hyphens. */
  prefixes: Set<string>;
  byCode: Map<string, CountryRecord>;
  maxWords: number;
}

let cached: CountryIndex | null = null;

function index(): CountryIndex {
  if (cached) return cached;
  const file = loadJsonData<{ countries: CountryRecord[] }>('countries.json');
  const exact = new Map<string, PlaceHit>();
  const upper = new Map<string, PlaceHit>();
  const byCode = new Map<string, CountryRecord>();
  let maxWords = 1;
  const add = (form: string, hit: PlaceHit) => {
    const key = form.replace(/^the /, '').replace(/’/g, "'");
    if (!exact.has(key)) exact.set(key, hit);
    if (!upper.has(key.toUpperCase())) upper.set(key.toUpperCase(), hit);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  // Two passes so that a country's own names win over another country's subdivisions and cities.
  for (const c of file.countries) {
    byCode.set(c.code, c);
    const base = { code: c.code, country: c.name };
    add(c.name, { ...base, sense: 'country', form: c.name });
    for (const a of c.aliases) add(a, { ...base, sense: 'country', form: a });
    for (const d of c.demonyms) add(d, { ...base, sense: 'demonym', form: d });
  }
  for (const c of file.countries) {
    const base = { code: c.code, country: c.name };
    for (const s of c.subdivisions) add(s, { ...base, sense: 'subdivision', form: s });
    for (const s of c.cities) add(s, { ...base, sense: 'city', form: s });
  }
  const firsts = new Set<string>();
  const prefixes = new Set<string>();
  for (const key of [...exact.keys(), ...upper.keys()]) {
    firsts.add(firstSegment(key));
    for (let p = 0; p < key.length; p++) if (key[p] === ' ' || key[p] === '-') prefixes.add(key.slice(0, p));
  }
  cached = { exact, upper, firsts, prefixes, byCode, maxWords };
  return cached;
}

/**
 * Looks up a place-like phrase case-sensitively ("US" yes, "us" no); an ALL-CAPS phrase
 * ("ISLAMABAD") also matches its mixed-case form. A leading "the" is ignored.
 */
export function lookupPlace(text: string): PlaceHit | null {
  // Callers try many n-grams of every sentence; the answer depends on the text alone.
  let hit = looked.get(text);
  if (hit === undefined) {
    if (looked.size >= 50_000) looked.clear();
    looked.set(text, (hit = lookupPlaceUncached(text)));
  }
  return hit;
}

const looked = new Map<string, PlaceHit | null>();

function lookupPlaceUncached(text: string): PlaceHit | null {
  const idx = index();
  const key = text.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/’/g, "'");
  const hit = idx.exact.get(key);
  if (hit) return hit;
  if (isAllCaps(key) && key.replace(/[^\p{L}]/gu, '').length > 3) return idx.upper.get(key) ?? null;
  return null;
}

function firstSegment(key: string): string {
  const m = /[ -]/.exec(key);
  return m ? key.slice(0, m.index) : key;
}

/**
 * False when no place form can start with this word (no space inside, not "the"): then
 * `lookupPlace` finds nothing for it alone or followed by " …" or "-…", so callers trying
 * every n-gram from it may stop at once.
 */
export function mayStartPlace(word: string): boolean {
  // most words hold no space, hyphen or curly apostrophe: then the word is its own first segment
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x20 || c === 0x2d || c === 0x2019) return index().firsts.has(firstSegment(word.replace(/’/g, "'")));
  }
  return index().firsts.has(word);
}

/**
 * False when no place form starts with `phrase` followed by " " or "-": then `lookupPlace` finds
 * nothing for any longer phrase that extends it word by word, so n-gram lookups may stop. The
 * phrase is words joined by single spaces or hyphens, not opening with "the".
 */
export function mayContinuePlace(phrase: string): boolean {
  return index().prefixes.has(phrase.includes('’') ? phrase.replace(/’/g, "'") : phrase);
}

/** Country (name, short form or demonym) only: "Pakistani" → PK, "U.S." → US; cities → null. */
export function lookupCountry(text: string): PlaceHit | null {
  const hit = lookupPlace(text);
  return hit && (hit.sense === 'country' || hit.sense === 'demonym') ? hit : null;
}

/** The canonical name of a country code (`GB` → "United Kingdom"), or null. */
export function countryName(code: string): string | null {
  return index().byCode.get(code)?.name ?? null;
}

/** The longest number of words in any place form (bounds n-gram lookups). */
export function maxPlaceWords(): number {
  return index().maxWords;
}

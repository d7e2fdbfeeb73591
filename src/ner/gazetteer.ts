import { loadTextData } from '../data-files.js';
import { tokenize } from '../text/tokens.js';
import { normToken } from './word.js';
import { matchesAt, phraseTrie } from './gazetteer-trie.js';
import { readGazetteer } from './gazetteer-file.js';

/** Gazetteer categories, one data file each in `data/ner/gazetteers/<file>.txt`. */
export const GAZETTEER_FILES = {
  given: 'given-names',
  surname: 'surnames',
  place: 'places',
  country: 'countries',
  org: 'organizations',
  orghead: 'org-heads',
  outlet: 'outlets',
  title: 'titles',
  demonym: 'demonyms',
  particle: 'name-particles',
  misc: 'misc',
  calendar: 'calendar',
  titlephrase: 'title-phrases',
} as const;

export type GazCategory = keyof typeof GAZETTEER_FILES;

/** Lists of single words, written several to a line; the others hold one (multi-word) phrase a line. */
const WORD_LISTS: ReadonlySet<GazCategory> = new Set(['given', 'surname', 'orghead', 'title', 'demonym', 'particle', 'calendar']);
export const CATEGORIES = Object.keys(GAZETTEER_FILES) as GazCategory[];

/** Phrase lists keyed by their lower-cased tokens joined with spaces; a bit per category. */
export interface Gazetteer {
  phrases: Map<string, number>;
  maxLen: number;
}

/** Entries of a list file: one a line (or, with `words`, every whitespace-separated word); `#` starts a comment. */
export function parseList(text: string, words = false): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const entry = line.replace(/#.*/, '').trim();
    if (!entry) continue;
    if (words) out.push(...entry.split(/\s+/));
    else out.push(entry);
  }
  return out;
}

function phraseKey(tokens: readonly string[]): string {
  return tokens.map((t) => normToken(t).toLowerCase()).join(' ');
}

/** Builds a gazetteer from lists by category (tests build small ones; the tagger loads the shipped files). */
export function buildGazetteer(lists: Partial<Record<GazCategory, readonly string[]>>): Gazetteer {
  const phrases = new Map<string, number>();
  let maxLen = 1;
  CATEGORIES.forEach((cat, bit) => {
    for (const entry of lists[cat] ?? []) {
      const toks = tokenize(entry).map((t) => t.text);
      if (toks.length === 0) continue;
      maxLen = Math.max(maxLen, toks.length);
      const key = phraseKey(toks);
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << bit));
    }
  });
  return { phrases, maxLen: Math.min(maxLen, 8) };
}

let shipped: Gazetteer | null = null;

/** The texts of the shipped list files, CATEGORIES order. */
export function shippedGazetteerSources(): string[] {
  return CATEGORIES.map((cat) => loadTextData(`ner/gazetteers/${GAZETTEER_FILES[cat]}.txt`));
}

/** Builds the shipped gazetteer from its list files (what the pre-built file holds). */
export function buildShippedGazetteer(sources = shippedGazetteerSources()): Gazetteer {
  const lists: Partial<Record<GazCategory, string[]>> = {};
  CATEGORIES.forEach((cat, i) => (lists[cat] = parseList(sources[i], WORD_LISTS.has(cat))));
  return buildGazetteer(lists);
}

/** The shipped gazetteer, read once per process (pre-built when data/prebuilt holds it fresh). */
export function loadGazetteer(): Gazetteer {
  if (!shipped) {
    const sources = shippedGazetteerSources();
    shipped = readGazetteer(sources) ?? buildShippedGazetteer(sources);
  }
  return shipped;
}

/** Categories of a single word (any case), e.g. the parts of "Zia-ur-Rehman". */
export function wordCategories(gaz: Gazetteer, word: string): GazCategory[] {
  const mask = gaz.phrases.get(normToken(word).toLowerCase()) ?? 0;
  return CATEGORIES.filter((_, bit) => mask & (1 << bit));
}

/**
 * Per token, the gazetteer features it carries: `cat:B` at the first token of the longest
 * match of that category starting there, `cat:I` inside it, and `cat:U` for one-token matches.
 */
export function gazetteerTags(gaz: Gazetteer, tokens: readonly string[]): string[][] {
  return gazetteerTagsOfKeys(
    gaz,
    tokens.map((t) => normToken(t).toLowerCase()),
  );
}

const ALNUM = /[\p{L}\d]/u;

/** `gazetteerTags` from the tokens' lookup keys (`normToken(t).toLowerCase()`), which callers may cache; `alnum[i]` optionally caches `ALNUM.test(keys[i])`. */
export function gazetteerTagsOfKeys(gaz: Gazetteer, keys: readonly string[], alnum?: readonly boolean[]): string[][] {
  const n = keys.length;
  const out: string[][] = Array.from({ length: n }, () => []);
  const coveredUntil = new Array<number>(CATEGORIES.length).fill(0);
  // The trie walk equals the n-gram key lookups unless a key is empty or holds a space.
  const trie = keys.every((k) => k !== '' && k.indexOf(' ') < 0) ? phraseTrie(gaz) : null;
  for (let i = 0; i < n; i++) {
    if (!(alnum ? alnum[i] : ALNUM.test(keys[i]))) continue;
    const found = trie ? matchesAt(trie, keys, i, gaz.maxLen) : ngramMatches(gaz, keys, i);
    for (let f = found.length - 1; f >= 0; f--) {
      const [len, mask] = found[f];
      for (let c = 0; c < CATEGORIES.length; c++) {
        if (!(mask & (1 << c)) || coveredUntil[c] > i) continue;
        coveredUntil[c] = i + len;
        const cat = CATEGORIES[c];
        if (len === 1) out[i].push(`${cat}:U`);
        else {
          out[i].push(`${cat}:B`);
          for (let k = 1; k < len; k++) out[i + k].push(`${cat}:I`);
        }
      }
    }
  }
  return out;
}

/** Matches starting at `i` by looking up every n-gram key (the general case of the trie walk). */
function ngramMatches(gaz: Gazetteer, keys: readonly string[], i: number): Array<[number, number]> {
  let key = '';
  const found: Array<[number, number]> = [];
  for (let len = 1; len <= gaz.maxLen && i + len <= keys.length; len++) {
    key = len === 1 ? keys[i] : `${key} ${keys[i + len - 1]}`;
    const mask = gaz.phrases.get(key);
    if (mask !== undefined) found.push([len, mask]);
  }
  return found;
}

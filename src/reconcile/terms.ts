import { loadJsonData } from '../data-files.js';
import { foldSpelling, words } from './fold.js';

/** How many content terms an article record keeps (its most frequent, earliest first on ties). */
export const MAX_TERMS = 40;

let stopwords: Set<string> | null = null;

/** Function words and reporting verbs (data/reconcile-stopwords.json), loaded once. */
export function isStopword(word: string): boolean {
  stopwords ??= new Set(loadJsonData<{ words: string[] }>('reconcile-stopwords.json').words);
  return stopwords.has(word);
}

/** Suffixes folded away, longest first, when at least four letters remain ("immigration"/"immigrant" → "immigr"). */
const SUFFIXES = [
  'ization', 'isation', 'ational', 'ation', 'ition', 'ement', 'ment', 'ance', 'ence',
  'ing', 'ure', 'ant', 'ent', 'ion', 'ive', 'ity', 'ness', 'ally', 'ly', 'ed', 'al', 'ian',
];

/**
 * A crude English stem, enough for two wordings of one story to meet: spelling variants
 * folded (defence → defense), plurals, then one derivational or inflectional suffix, a final
 * "e" and a doubled consonant ("seized"/"seizure"/"seizes" → "seiz", "planned" → "plan").
 */
export function stem(word: string): string {
  let w = foldSpelling(word);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The content terms of one token's text: folded words without digits, stopwords or the given
 * names, stemmed. An all-capital "US" stays a term (the pronoun "us" is a stopword).
 */
export function tokenTerms(tokenText: string, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  pushTokenTerms(tokenText, names, out);
  return out;
}

/** `tokenTerms` appended to `out`. */
export function pushTokenTerms(tokenText: string, names: ReadonlySet<string>, out: string[]): void {
  const { words: ws, stems: ids } = termCandidates(tokenText);
  for (let i = 0; i < ws.length; i++) if (!names.has(ws[i])) out.push(stemTexts[ids[i]]);
}

/**
 * An article's term counts by integer stem id, for the terms stage: one memoized lookup per
 * token, no term strings or maps per article. Same answer as `topCounts` over `tokenTerms`.
 * Counts live in one process-wide array between `add` calls and `top`; use one counter at a time.
 */
export class TermCounter {
  /** Stem ids in first-occurrence order. */
  private readonly seen: number[] = unfinished;

  constructor() {
    // a counter left without `top` (an article that failed) must not leak its counts
    for (const id of unfinished) countById[id] = 0;
    unfinished.length = 0;
    if (stemTexts.length >= MAX_STEMS) {
      candidatesByToken.clear();
      stemIds.clear();
      stemTexts.length = 0;
      countById = new Int32Array(1024);
    }
  }

  add(tokenText: string, names: ReadonlySet<string>): void {
    const { words: ws, stems: ids } = termCandidates(tokenText);
    for (let i = 0; i < ws.length; i++) {
      if (names.has(ws[i])) continue;
      const id = ids[i];
      if (countById[id]++ === 0) this.seen.push(id);
    }
  }

  /** The `max` most frequent terms, ties by first occurrence (a counting sort), and resets the counts. */
  top(max = MAX_TERMS): Array<[string, number]> {
    const { seen } = this;
    let most = 0;
    for (const id of seen) most = Math.max(most, countById[id]);
    // terms with count c go after all terms with a higher count, in first-occurrence order
    const slots = new Int32Array(most + 2);
    for (const id of seen) slots[countById[id]]++;
    for (let c = most, at = 0; c >= 1; c--) [slots[c], at] = [at, at + slots[c]];
    const out = new Array<[string, number]>(Math.min(max, seen.length));
    for (const id of seen) {
      const c = countById[id];
      const at = slots[c]++;
      if (at < out.length) out[at] = [stemTexts[id], c];
      countById[id] = 0;
    }
    seen.length = 0;
    return out;
  }
}

interface Candidates {
  /** The token's words that may be terms: all tests but the names one passed. */
  words: readonly string[];
  /** Their stems' ids. */
  stems: readonly number[];
}

const NO_CANDIDATES: Candidates = { words: [], stems: [] };
const candidatesByToken = new Map<string, Candidates>();
const stemIds = new Map<string, number>();
const stemTexts: string[] = [];
let countById = new Int32Array(1024);
/** Stem ids counted since the last `top` (what `TermCounter.seen` holds). */
const unfinished: number[] = [];
/** Memory bound: past this many distinct stems the tables start afresh (between articles). */
const MAX_STEMS = 200_000;

/** A token's candidate words and stem ids, memoized per process (bounded by the vocabulary). */
function termCandidates(tokenText: string): Candidates {
  let found = candidatesByToken.get(tokenText);
  if (found === undefined) {
    if (candidatesByToken.size >= 50_000) candidatesByToken.clear();
    const ws: string[] = [];
    const ids: number[] = [];
    // Fast path for plain ASCII words (most tokens): no Unicode folding needed.
    for (const w of /^[A-Za-z]+$/.test(tokenText) ? [tokenText.toLowerCase()] : words(tokenText)) {
      if (w.length < 2 || /\d/.test(w)) continue;
      if (isStopword(w) && !(w === 'us' && tokenText === 'US')) continue;
      ws.push(w);
      ids.push(idOfStem(stem(w)));
    }
    candidatesByToken.set(tokenText, (found = ws.length === 0 ? NO_CANDIDATES : { words: ws, stems: ids }));
  }
  return found;
}

/** Stem ids are never reused, so counts stay right across cache clears; stems are few (one per distinct stem seen). */
function idOfStem(s: string): number {
  let id = stemIds.get(s);
  if (id === undefined) {
    id = stemTexts.length;
    stemIds.set(s, id);
    stemTexts.push(s);
    if (id >= countById.length) {
      const grown = new Int32Array(countById.length * 2);
      grown.set(countById);
      countById = grown;
    }
  }
  return id;
}

/** Counts terms and keeps the `max` most frequent, ties by first occurrence: `[term, count]` pairs. */
export function topCounts(terms: Iterable<string>, max = MAX_TERMS): Array<[string, number]> {
  // one map probe per term: the map gives each distinct term a slot in first-occurrence order
  const slotOf = new Map<string, number>();
  const distinct: string[] = [];
  const counts: number[] = [];
  for (const t of terms) {
    const slot = slotOf.get(t);
    if (slot === undefined) {
      slotOf.set(t, distinct.length);
      distinct.push(t);
      counts.push(1);
    } else counts[slot]++;
  }
  const order = distinct.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || a - b);
  return order.slice(0, max).map((i) => [distinct[i], counts[i]]);
}

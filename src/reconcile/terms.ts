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

/** `tokenTerms` appended to `out` (the terms stage calls it for every token of an article). */
export function pushTokenTerms(tokenText: string, names: ReadonlySet<string>, out: string[]): void {
  const candidates = termCandidates(tokenText);
  // pairs: word, then its stem
  for (let i = 0; i < candidates.length; i += 2) if (!names.has(candidates[i])) out.push(candidates[i + 1]);
}

const NO_CANDIDATES: readonly string[] = [];
const candidatesByToken = new Map<string, readonly string[]>();

/** A token's words that may be terms (all but the names test) and their stems, as pairs; memoized per process (bounded). */
function termCandidates(tokenText: string): readonly string[] {
  let pairs = candidatesByToken.get(tokenText);
  if (pairs === undefined) {
    if (candidatesByToken.size >= 50_000) candidatesByToken.clear();
    const found: string[] = [];
    // Fast path for plain ASCII words (most tokens): no Unicode folding needed.
    for (const w of /^[A-Za-z]+$/.test(tokenText) ? [tokenText.toLowerCase()] : words(tokenText)) {
      if (w.length < 2 || /\d/.test(w)) continue;
      if (isStopword(w) && !(w === 'us' && tokenText === 'US')) continue;
      found.push(w, stem(w));
    }
    candidatesByToken.set(tokenText, (pairs = found.length === 0 ? NO_CANDIDATES : found));
  }
  return pairs;
}

/** Counts terms and keeps the `max` most frequent, ties by first occurrence: `[term, count]` pairs. */
export function topCounts(terms: Iterable<string>, max = MAX_TERMS): Array<[string, number]> {
  // a Map keeps first-occurrence order and the sort is stable, so ties stay earliest first
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, max);
}

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
  for (const w of termWords(tokenText)) if (!names.has(w)) out.push(cachedStem(w));
  return out;
}

/** The words of a token that may be terms: every test of `tokenTerms` but the names one, unstemmed. */
export function termWords(tokenText: string): string[] {
  const out: string[] = [];
  // Fast path for plain ASCII words (most tokens): no Unicode folding needed.
  for (const w of /^[A-Za-z]+$/.test(tokenText) ? [tokenText.toLowerCase()] : words(tokenText)) {
    if (w.length < 2 || /\d/.test(w)) continue;
    if (isStopword(w) && !(w === 'us' && tokenText === 'US')) continue;
    out.push(w);
  }
  return out;
}

const stems = new Map<string, string>();

/** `stem`, memoized per process (bounded: cleared when large). */
function cachedStem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    stems.set(word, (s = stem(word)));
  }
  return s;
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

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
  const code = termWords(tokenText);
  for (const id of typeof code === 'number' ? (code === NONE ? [] : [code]) : code) {
    if (!names.has(vocab.words[id])) out.push(vocab.stems[vocab.stemOf[id]]);
  }
}

/**
 * An article's term counts for the terms stage, by integer ids in process-wide typed arrays:
 * one memoized lookup per token and no strings, objects or maps per article (the stage runs
 * last, when other stages have pushed its tables out of the CPU caches). Same answer as
 * `topCounts` over `tokenTerms`. One counter at a time: `top` resets the shared counts.
 */
export class TermCounter {
  constructor(names: ReadonlySet<string>) {
    // a counter left without `top` (an article that failed) must not leak its counts
    resetCounts();
    for (const w of names) {
      const id = wordId(w);
      vocab.isName[id] = 1;
      pending.names.push(id);
    }
  }

  add(tokenText: string): void {
    // an ASCII mark or letter alone is never a term (words need two letters): no table lookup
    if (tokenText.length === 1 && tokenText.charCodeAt(0) < 0x80) return;
    // "the", "of", "and", "The": two- and three-letter ASCII words, mostly stopwords, are known
    // term-less from a table indexed by their letters (no map probe for them)
    const slot = tokenText.length <= 3 ? shortWordSlot(tokenText) : -1;
    if (slot >= 0 && shortWordless[slot] === SHORT_NONE) return;
    const code = termWords(tokenText);
    if (slot >= 0) shortWordless[slot] = code === NONE ? SHORT_NONE : SHORT_SOME;
    if (typeof code !== 'number') for (const id of code) count(id);
    else if (code !== NONE) count(code);
  }

  /** The `max` most frequent terms, ties by first occurrence (a counting sort); resets the counts. */
  top(max = MAX_TERMS): Array<[string, number]> {
    const { stems: seen } = pending;
    const { countOf } = vocab;
    let most = 0;
    for (const s of seen) most = Math.max(most, countOf[s]);
    // terms with count c go after all terms with a higher count, in first-occurrence order
    const slots = new Int32Array(most + 2);
    for (const s of seen) slots[countOf[s]]++;
    for (let c = most, at = 0; c >= 1; c--) [slots[c], at] = [at, at + slots[c]];
    const out = new Array<[string, number]>(Math.min(max, seen.length));
    for (const s of seen) {
      const at = slots[countOf[s]]++;
      if (at < out.length) out[at] = [vocab.stems[s], countOf[s]];
    }
    resetCounts();
    return out;
  }
}

/** Per short ASCII word (by `shortWordSlot`): 0 not seen, `SHORT_NONE` no terms, `SHORT_SOME` terms. */
const shortWordless = new Uint8Array(53 * 53 * 53);
const SHORT_NONE = 1;
const SHORT_SOME = 2;

/** A two- or three-letter ASCII word's slot (its letters as base-53 digits), else -1. */
function shortWordSlot(text: string): number {
  let slot = 0;
  for (let i = 0; i < 3; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const digit = c < 0 ? 0 : c >= 65 && c <= 90 ? c - 64 : c >= 97 && c <= 122 ? c - 70 : -1;
    if (digit < 0) return -1;
    slot = slot * 53 + digit;
  }
  return slot;
}

function count(id: number): void {
  if (vocab.isName[id]) return;
  const s = vocab.stemOf[id];
  if (vocab.countOf[s]++ === 0) pending.stems.push(s);
}

function resetCounts(): void {
  for (const s of pending.stems) vocab.countOf[s] = 0;
  for (const id of pending.names) vocab.isName[id] = 0;
  pending.stems.length = 0;
  pending.names.length = 0;
}

/** Stems counted and name words flagged since the last reset, in first-occurrence order. */
const pending = { stems: [] as number[], names: [] as number[] };

/** Term words and stems by id; ids are never reused while the vocabulary lives. */
interface Vocabulary {
  /** Token text → its term word id, `NONE`, or the ids of several words ("Mombasa-Kampala"). */
  byToken: Map<string, number | readonly number[]>;
  ids: Map<string, number>;
  words: string[];
  stemOf: Int32Array;
  isName: Uint8Array;
  stemIds: Map<string, number>;
  stems: string[];
  countOf: Int32Array;
}

const NONE = -1;
/** Memory bound: past this many distinct token texts the vocabulary starts afresh. */
const MAX_TOKENS = 200_000;
let vocab = newVocabulary();

function newVocabulary(): Vocabulary {
  return { byToken: new Map(), ids: new Map(), words: [], stemOf: new Int32Array(1024), isName: new Uint8Array(1024), stemIds: new Map(), stems: [], countOf: new Int32Array(1024) };
}

/** The token's words that may be terms (all tests but the names one), memoized per token text. */
function termWords(tokenText: string): number | readonly number[] {
  let code = vocab.byToken.get(tokenText);
  if (code === undefined) {
    // memory bound: the tables start afresh between articles (ids must live while one is counted)
    if (vocab.byToken.size >= MAX_TOKENS && pending.stems.length === 0 && pending.names.length === 0) vocab = newVocabulary();
    const ids: number[] = [];
    // Fast path for plain ASCII words (most tokens): no Unicode folding needed.
    for (const w of /^[A-Za-z]+$/.test(tokenText) ? [tokenText.toLowerCase()] : words(tokenText)) {
      if (w.length < 2 || /\d/.test(w)) continue;
      if (isStopword(w) && !(w === 'us' && tokenText === 'US')) continue;
      ids.push(wordId(w));
    }
    code = ids.length === 0 ? NONE : ids.length === 1 ? ids[0] : ids;
    vocab.byToken.set(tokenText, code);
  }
  return code;
}

function wordId(w: string): number {
  let id = vocab.ids.get(w);
  if (id === undefined) {
    id = vocab.words.length;
    vocab.ids.set(w, id);
    vocab.words.push(w);
    if (id >= vocab.stemOf.length) {
      vocab.stemOf = grown(vocab.stemOf);
      vocab.isName = grown(vocab.isName);
    }
    vocab.stemOf[id] = stemId(stem(w));
  }
  return id;
}

function stemId(s: string): number {
  let id = vocab.stemIds.get(s);
  if (id === undefined) {
    id = vocab.stems.length;
    vocab.stemIds.set(s, id);
    vocab.stems.push(s);
    if (id >= vocab.countOf.length) vocab.countOf = grown(vocab.countOf);
  }
  return id;
}

function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
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

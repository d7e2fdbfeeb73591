import { MAX_TERMS, stem, termWords } from './terms.js';

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
    const code = wordIdsOf(tokenText);
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
function wordIdsOf(tokenText: string): number | readonly number[] {
  let code = vocab.byToken.get(tokenText);
  if (code === undefined) {
    // memory bound: the tables start afresh between articles (ids must live while one is counted)
    if (vocab.byToken.size >= MAX_TOKENS && pending.stems.length === 0 && pending.names.length === 0) vocab = newVocabulary();
    const ids = termWords(tokenText).map(wordId);
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

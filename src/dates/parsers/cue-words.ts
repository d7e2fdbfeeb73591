/**
 * Which cue words occur in a text, found in one pass for every parser at once (an Aho–Corasick
 * automaton over the words). Testing each parser's cue with its own regex cost more than most
 * parsers' scans; this pass costs about as much as one of them.
 *
 * Cue words are lower-case ASCII letters, digits and hyphens. Text characters fold as a
 * case-insensitive regex folds them ('S', 'ſ' → 's'; 'K', 'K' → 'k'), so a word is reported
 * wherever a case-insensitive pattern containing it could match.
 */

/** What a parser whose cue words are missing scans with: fails at once, wherever chrono starts it. */
export const NO_MATCH = /(?!)/y;

const ALPHABET = 37; // a–z, 0–9, '-'
const WORD = /^[a-z0-9-]+$/;

/** The automaton symbol of a UTF-16 code unit, or -1 for a character no cue word contains. */
export function cueSymbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  if (code === 45) return 36;
  if (code === 0x17f) return 18; // ſ (long s) folds to s
  if (code === 0x212a) return 10; // Kelvin sign folds to k
  return -1;
}

function symbolOf(char: string): number {
  return cueSymbol(char.charCodeAt(0));
}

/** Every registered word, by id. */
const words: string[] = [];
const wordIds = new Map<string, number>();

interface Automaton {
  next: Uint16Array; // state * ALPHABET + symbol → state (typed and small: it stays in cache)
  endsFrom: Int32Array; // the words that end in state s: endIds[endsFrom[s] … endsFrom[s + 1])
  endIds: Int32Array;
  lengths: Int32Array; // by word id
}
let automaton: Automaton | null = null;

/** Registers cue words (at module load, by the parsers) and returns their ids. */
export function cueWordIds(list: readonly string[]): number[] {
  return list.map((w) => {
    if (!WORD.test(w)) throw new Error(`cue word must be [a-z0-9-]+: ${w}`);
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      wordIds.set(w, id);
      automaton = null;
    }
    return id;
  });
}

function build(): Automaton {
  const trie: number[][] = [new Array<number>(ALPHABET).fill(-1)];
  const ends: number[][] = [[]];
  words.forEach((w, id) => {
    let s = 0;
    for (const ch of w) {
      const c = symbolOf(ch);
      if (trie[s][c] < 0) {
        trie[s][c] = trie.length;
        trie.push(new Array<number>(ALPHABET).fill(-1));
        ends.push([]);
      }
      s = trie[s][c];
    }
    ends[s].push(id);
  });
  // Breadth-first: fail links, full transitions, and the words each state ends (its own and its fail chain's).
  if (trie.length > 0xffff) throw new Error('too many cue words');
  const next = new Uint16Array(trie.length * ALPHABET);
  const fail = new Int32Array(trie.length);
  const found: number[][] = ends.map((e) => [...e]);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const t = trie[0][c];
    next[c] = t < 0 ? 0 : t;
    if (t > 0) queue.push(t);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head];
    found[s].push(...found[fail[s]].filter((id) => !found[s].includes(id)));
    for (let c = 0; c < ALPHABET; c++) {
      const t = trie[s][c];
      if (t < 0) next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
      else {
        fail[t] = next[fail[s] * ALPHABET + c];
        next[s * ALPHABET + c] = t;
        queue.push(t);
      }
    }
  }
  const endsFrom = new Int32Array(trie.length + 1);
  found.forEach((ids, state) => (endsFrom[state + 1] = endsFrom[state] + ids.length));
  return { next, endsFrom, endIds: Int32Array.from(found.flat()), lengths: Int32Array.from(words, (w) => w.length) };
}

/** The cue words of one text: which occur, and where each occurrence starts (in order of its end). */
export interface CueWordsFound {
  present: Uint8Array;
  ids: number[];
  starts: number[];
}

let lastText: string | null = null;
let last: CueWordsFound = { present: new Uint8Array(0), ids: [], starts: [] };

/** The cue words in `text`. The last text's answer is kept, for the next parser. */
export function cueWordsIn(text: string): CueWordsFound {
  if (text === lastText) return last;
  automaton ??= build();
  const { next, endsFrom, endIds, lengths } = automaton;
  const present = new Uint8Array(words.length);
  const ids: number[] = [];
  const starts: number[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = cueSymbol(text.charCodeAt(i));
    if (c < 0) {
      s = 0;
      continue;
    }
    s = next[s * ALPHABET + c];
    for (let k = endsFrom[s]; k < endsFrom[s + 1]; k++) {
      const id = endIds[k];
      present[id] = 1;
      ids.push(id);
      starts.push(i + 1 - lengths[id]);
    }
  }
  lastText = text;
  last = { present, ids, starts };
  return last;
}

/** Whether any of the words `ids` occurs in `text`. */
export function hasCueWord(text: string, ids: readonly number[]): boolean {
  const { present } = cueWordsIn(text);
  for (const id of ids) if (present[id]) return true;
  return false;
}

/** Where the words `ids` start in `text`, in order. */
export function cueWordStarts(text: string, ids: readonly number[]): number[] {
  const found = cueWordsIn(text);
  const out: number[] = [];
  for (let k = 0; k < found.ids.length; k++) if (ids.includes(found.ids[k])) out.push(found.starts[k]);
  return out.sort((a, b) => a - b);
}

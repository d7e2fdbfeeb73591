import { isSpaceCode } from '../../text/chars.js';
import type { DocWords } from './word-split.js';

/**
 * What the document says about its own words, for the glued-words rules: how often each
 * letter run (letters with inner apostrophes) stands alone, and which runs follow each other
 * across white space only. Built on first use: a document whose chunks all come from the
 * per-process cut memo never asks.
 */

const WORD_RUN = /\p{L}+(?:['’]\p{L}+)*/gu;
/** "Sharif's" also counts "Sharif". */
const POSSESSIVE_BASE = /^(\p{L}+)['’]\p{L}{1,2}$/u;

function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

export function countWords(text: string): DocWords {
  const counts = new Map<string, number>();
  const words: string[] = [];
  const starts: number[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) {
    const w = m[0];
    words.push(w);
    starts.push(m.index);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (w.indexOf("'") < 0 && w.indexOf('’') < 0) continue;
    const base = POSSESSIVE_BASE.exec(w);
    if (base) counts.set(base[1], (counts.get(base[1]) ?? 0) + 1);
  }
  // Word pairs separated by white space only; few documents ever ask, so built on first use.
  let bigrams: Set<string> | null = null;
  const pairs = (): Set<string> => {
    const set = new Set<string>();
    for (let k = 1; k < words.length; k++) {
      if (onlySpace(text, starts[k - 1] + words[k - 1].length, starts[k])) set.add(`${words[k - 1]} ${words[k]}`);
    }
    return set;
  };
  return { count: (w) => counts.get(w) ?? 0, hasBigram: (a, b) => (bigrams ??= pairs()).has(`${a} ${b}`) };
}

const LETTER = /\p{L}/uy;
const APOSTROPHE = (c: number) => c === 0x27 || c === 0x2019;

/** Length of the letter (code point) at `i`, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return 0;
  return LETTER.lastIndex - i;
}

/** Whether the code point ending just before `i` is a letter. */
function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? i - 2 : i - 1;
  return letterAt(text, from) === i - from;
}

/** Whether a WORD_RUN match starts at `p`: a letter that no earlier run reaches. */
function runStartsAt(text: string, p: number): boolean {
  if (letterAt(text, p) === 0 || letterBefore(text, p)) return false;
  return !(p >= 1 && APOSTROPHE(text.charCodeAt(p - 1)) && letterBefore(text, p - 1));
}

/** End of the WORD_RUN match that starts at `p` (letters, then apostrophe + letters, repeated). */
function runEnd(text: string, p: number): number {
  let i = p;
  for (let k = letterAt(text, i); k > 0; k = letterAt(text, i)) i += k;
  while (i < text.length && APOSTROPHE(text.charCodeAt(i)) && letterAt(text, i + 1) > 0) {
    i++;
    for (let k = letterAt(text, i); k > 0; k = letterAt(text, i)) i += k;
  }
  return i;
}

/** Whether text[from, end) is an apostrophe then one or two letters and nothing else. */
function possessiveTail(text: string, from: number, end: number): boolean {
  if (from >= end || !APOSTROPHE(text.charCodeAt(from))) return false;
  let letters = 0;
  for (let i = from + 1; i < end; letters++) {
    const k = letterAt(text, i);
    if (k === 0) return false;
    i += k;
  }
  return letters >= 1 && letters <= 2;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/** count(word) by searching the text for it: what countWords would say, without counting every word. */
function searchCount(text: string, word: string): number {
  if (word === '') return 0;
  const base = LETTERS_ONLY.test(word); // only a letters-only word is the base of a possessive
  let n = 0;
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    if (!runStartsAt(text, p)) continue;
    const end = runEnd(text, p);
    if (end === p + word.length || (base && possessiveTail(text, p + word.length, end))) n++;
  }
  return n;
}

/** hasBigram(left, right) by searching: a run `left`, white space only, then a run `right`. */
function searchBigram(text: string, left: string, right: string): boolean {
  if (left === '' || right === '') return false;
  for (let p = text.indexOf(left); p >= 0; p = text.indexOf(left, p + 1)) {
    const end = p + left.length;
    if (!runStartsAt(text, p) || runEnd(text, p) !== end) continue;
    let q = end;
    while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
    if (q > end && text.startsWith(right, q) && runStartsAt(text, q) && runEnd(text, q) === q + right.length) return true;
  }
  return false;
}

/** Searches per document before counting every word once is cheaper (keeps long texts linear). */
const MAX_SEARCHES = 24;

/**
 * The document's words, answered on demand: the first few distinct questions by searching the
 * text for the word (most documents ask only a few, and many none), then by counting all words
 * once. Both give the same answers.
 */
export function lazyDocWords(text: string): DocWords {
  let counted: DocWords | null = null;
  const answered = new Map<string, number>();
  let searches = 0;
  const full = () => (counted ??= countWords(text));
  return {
    count(word) {
      if (counted) return counted.count(word);
      let n = answered.get(word);
      if (n === undefined) {
        if (++searches > MAX_SEARCHES) return full().count(word);
        answered.set(word, (n = searchCount(text, word)));
      }
      return n;
    },
    hasBigram(left, right) {
      if (counted || ++searches > MAX_SEARCHES) return full().hasBigram(left, right);
      return searchBigram(text, left, right);
    },
  };
}

import type { WordRange } from './candidates.js';
import type { WordIndex } from './words.js';
import { opensUpper } from '../lexicon/word-shape.js';

/**
 * True for a Title-Cased or ALL-CAPS line ("Naqvi Meets US Envoy To Discuss Visa Fraud"):
 * at least three words of four letters or more, every one capitalized. There, a capital says nothing about
 * names, so name-shape rules stay out.
 */
export function isTitleCased(index: WordIndex, range: WordRange): boolean {
  let long = 0;
  for (let k = range.start; k < range.end; k++) {
    const t = index.texts[k];
    if (t.length < 4) continue;
    const shape = letterShape(t);
    if (shape === NOT_LETTERS) continue;
    if (shape !== CAPITALIZED) return false; // one long lowercase word: not every one is capitalized
    long++;
  }
  return long >= 3;
}

const NOT_LETTERS = 0;
const CAPITALIZED = 1;
const LOWER_FIRST = 2;

/** Whether a word is letters only, and if so whether it opens with a capital (ASCII without regexes: every sentence asks twice). */
function letterShape(t: string): number {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80) return /^\p{L}+$/u.test(t) ? (opensUpper(t) ? CAPITALIZED : LOWER_FIRST) : NOT_LETTERS;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return NOT_LETTERS;
  }
  const first = t.charCodeAt(0);
  return first >= 65 && first <= 90 ? CAPITALIZED : LOWER_FIRST;
}

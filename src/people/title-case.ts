import type { WordRange } from './candidates.js';
import type { WordIndex } from './words.js';

/**
 * True for a Title-Cased or ALL-CAPS line ("Naqvi Meets US Envoy To Discuss Visa Fraud"):
 * at least three words of four letters or more, every one capitalized. There, a capital says nothing about
 * names, so name-shape rules stay out.
 */
export function isTitleCased(index: WordIndex, range: WordRange): boolean {
  let long = 0;
  let capital = 0;
  for (let k = range.start; k < range.end; k++) {
    const t = index.texts[k];
    if (t.length < 4 || !/^\p{L}+$/u.test(t)) continue;
    long++;
    if (/^\p{Lu}/u.test(t)) capital++;
  }
  return long >= 3 && capital === long;
}

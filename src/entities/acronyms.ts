import type { WordIndex } from '../people/words.js';
import { opensUpper } from '../lexicon/word-shape.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in', 'e', 'i', 'ul', 'al', 'de', 'du', 'des', 'la', 'le']);

/** True for an acronym-like token: 2–8 capitals/digits/&, at least two capitals ("ANF", "FIA", "G20", "AT&T"). */
export function isAcronym(text: string): boolean {
  return /^[\p{Lu}\d&]{2,8}$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Initial letters of a name's content words: "Anti-Narcotics Force" → "ANF" (words split at hyphens). */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => opensUpper(w) && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
}

/** Where an "(ACR)" definition follows word `end` (skipping a possessive 's): the acronym's word index, else -1. */
export function acronymAfter(index: WordIndex, end: number): number {
  let k = end;
  if (index.folds[k] === "'s") k++;
  if (index.texts[k] === '(' && isAcronym(index.texts[k + 1] ?? '') && index.texts[k + 2] === ')') return k + 1;
  return -1;
}

/**
 * The shortest run of capitalized words (with connectors) ending at word `end` whose initials
 * spell `acronym`: "… the Federal Investigation Agency (FIA)" → the start of "Federal". -1 if none.
 */
export function expansionBefore(index: WordIndex, end: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (let s = end - 1; s >= Math.max(0, end - 10); s--) {
    const t = index.texts[s];
    if (!opensUpper(t) && !CONNECTORS.has(t.toLowerCase())) return -1;
    if (!opensUpper(t)) continue;
    const initials = initialsOf(index.texts.slice(s, end));
    if (initials === letters) return s;
    if (initials.length > letters.length) return -1;
  }
  return -1;
}

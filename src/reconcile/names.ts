import { editDistance, foldCase } from './fold.js';
import { ontology } from './title-ontology.js';

/** A person's name split for matching: folded given-name tokens and surname. */
export interface ParsedName {
  given: string[];
  surname: string;
}

/** Folds case and diacritics, drops honorifics/title words in front and suffixes behind. */
export function parseName(name: string): ParsedName | null {
  const onto = ontology();
  const tokens = (foldCase(name).match(/[\p{L}\p{N}'-]+/gu) ?? [])
    .map((t) => t.replace(/^['-]+|['-]+$/g, '').replace(/'/g, ''))
    .filter(Boolean);
  while (tokens.length > 1 && onto.honorifics.has(tokens[0].replace(/\.$/, ''))) tokens.shift();
  while (tokens.length > 1 && onto.nameSuffixes.has(tokens[tokens.length - 1])) tokens.pop();
  if (!tokens.length) return null;
  return { given: tokens.slice(0, -1), surname: tokens[tokens.length - 1] };
}

/**
 * How two names of one surname compare: `same` (after folding), `variant` (an initial, a
 * missing middle name, a transliteration: same consonant skeleton), `typo` (a given name one edit away, both at least 4 letters),
 * `surname-only` (one gives no given name), or `different`. Different surnames → `different`:
 * whole-name similarity alone never merges ("Neil Fowler" / "Neil Fowles").
 */
export type NameRelation = 'same' | 'variant' | 'typo' | 'surname-only' | 'different';

export function nameRelation(a: ParsedName, b: ParsedName): NameRelation {
  if (a.surname !== b.surname) return 'different';
  if (!a.given.length || !b.given.length) return a.given.length === b.given.length ? 'same' : 'surname-only';
  if (a.given.join(' ') === b.given.join(' ')) return 'same';
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  const rels: TokenRelation[] = [];
  if (short.length === long.length) {
    for (let i = 0; i < short.length; i++) {
      const r = tokenRelation(short[i], long[i]);
      if (!r) return 'different';
      rels.push(r);
    }
  } else {
    // A missing middle name: each token of the shorter name matches a later token of the longer, in order.
    let j = 0;
    for (const s of short) {
      let r: TokenRelation | null = null;
      while (j < long.length && !r) r = tokenRelation(s, long[j++]);
      if (!r) return 'different';
      rels.push(r);
    }
    rels.push('initial');
  }
  if (rels.includes('typo')) return 'typo';
  return rels.includes('initial') || rels.includes('transliteration') ? 'variant' : 'same';
}

type TokenRelation = 'same' | 'initial' | 'typo' | 'transliteration';

function tokenRelation(s: string, l: string): TokenRelation | null {
  if (s === l) return 'same';
  if (isInitialOf(s, l) || isInitialOf(l, s)) return 'initial';
  // Vowels and doubled letters are how a name is romanized ("Mohamed" / "Mohammed"), not typos.
  if (Math.min(s.length, l.length) >= 5 && s[0] === l[0] && skeleton(s) === skeleton(l)) return 'transliteration';
  if (Math.min(s.length, l.length) >= 4 && s[0] === l[0] && editDistance(s, l, 1) === 1) return 'typo';
  return null;
}

/**
 * Consonant skeleton of a romanized name: vowels dropped, doubled letters single
 * ("Mohammed", "Muhammad", "Mohamed" → "mhmd"): transliterations of one name.
 */
export function skeleton(word: string): string {
  return word.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

function isInitialOf(initial: string, word: string): boolean {
  return initial.length === 1 && word.length > 1 && word[0] === initial;
}

/** Display key of a parsed name. */
export function nameString(n: ParsedName): string {
  return [...n.given, n.surname].join(' ');
}

import { mayStartPlace } from './countries.js';
import { foldWord } from './normalize.js';
import { titleLexicon } from './titles.js';
import { opensUpper, opensUpperLower } from './word-shape.js';

/**
 * What the lexicons say about one word, looked up once per distinct word and kept: its fold
 * and which lexicon phrases may start with it. Every article's words are read through this
 * one map, so the rules that try places and titles at every word skip most words by a bit
 * test instead of a lookup in a large table each time.
 */
export interface WordInfo {
  fold: string;
  /** A letter, a hyphen or dash, a letter: the text is a token of several words ("Director-General"). */
  hyphenated: boolean;
  /** `PLACE_START` | `TITLE_START` | `ROLE_START` … bits (eight: they fit a byte). */
  starts: number;
}

/** A country, subdivision or city form may start with the word (`mayStartPlace`). */
export const PLACE_START = 1;
/** A role, qualifier or portfolio form starts with the word's fold (`TitleLexicon.firstWords`). */
export const TITLE_START = 2;
/** A role form starts with the word's fold (`matchRole` may find one here). */
export const ROLE_START = 4;
/** A qualifier form starts with the word's fold (`matchQualifier`). */
export const QUALIFIER_START = 8;
/** A portfolio form starts with the word's fold (`matchPortfolio`). */
export const PORTFOLIO_START = 16;
/** An honorific starts with the word's fold (`matchHonorific`). */
export const HONORIFIC_START = 32;
/** The word opens with an uppercase letter (`opensUpper`). */
export const OPENS_UPPER = 64;
/** The word opens with an uppercase then a lowercase letter (`opensUpperLower`). */
export const OPENS_UPPER_LOWER = 128;

export function wordInfo(text: string): WordInfo {
  let info = infos.get(text);
  if (info === undefined) {
    if (infos.size >= 50_000) infos.clear();
    infos.set(text, (info = describe(text)));
  }
  return info;
}

const infos = new Map<string, WordInfo>();

function describe(text: string): WordInfo {
  const fold = foldWord(text);
  const lex = titleLexicon();
  let starts = 0;
  if (mayStartPlace(text)) starts |= PLACE_START;
  if (lex.firstWords.has(fold)) starts |= TITLE_START;
  if (lex.roles.opensWith(fold)) starts |= ROLE_START;
  if (lex.qualifiers.opensWith(fold)) starts |= QUALIFIER_START;
  if (lex.portfolios.opensWith(fold)) starts |= PORTFOLIO_START;
  if (lex.honorifics.opensWith(fold)) starts |= HONORIFIC_START;
  if (opensUpper(text)) starts |= OPENS_UPPER;
  if (opensUpperLower(text)) starts |= OPENS_UPPER_LOWER;
  const hyphenated = (text.includes('-') || text.includes('–')) && /\p{L}[-–]\p{L}/u.test(text);
  return { fold, hyphenated, starts };
}

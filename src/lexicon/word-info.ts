import { lookupCountry, mayStartPlace } from './countries.js';
import { foldFresh, isAllCaps } from './normalize.js';
import { matchHonorific, matchRole, titleLexicon } from './titles.js';
import { opensUpper, opensUpperLower } from './word-shape.js';

/**
 * What the lexicons say about one word, looked up once per distinct word and kept: its fold,
 * which lexicon phrases may start with it and its capitalization shape. Every article's words are read through this
 * one map, so the rules that try places and titles at every word skip most words by a bit
 * test instead of a lookup in a large table each time.
 */
export interface WordInfo {
  fold: string;
  /** A letter, a hyphen or dash, a letter: the text is a token of several words ("Director-General"). */
  hyphenated: boolean;
  /** `PLACE_START` | `TITLE_START` | `ROLE_START` … bits. */
  traits: number;
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
/** A capital, then letters, marks, apostrophes or dots only: the shape of a name word (`isNameWord`). */
export const NAME_WORD = 256;
/**
 * A title word, honorific, name stopword, portfolio head or country name by itself: never a
 * one-word name (`isLexiconWord` of people/name-span).
 */
export const LEXICON_WORD = 512;
/** Capitalized, opening with "&", or `TITLE_START`: a title may open at the word (people/title-parse). */
export const MAY_OPEN_TITLE = 1024;
/** All capitals, two to six of them or "&" ("PTI", "FBR"): an organization's acronym inside a title. */
export const SHORT_ACRONYM = 2048;

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
  const fold = foldFresh(text);
  const lex = titleLexicon();
  let traits = 0;
  if (mayStartPlace(text)) traits |= PLACE_START;
  if (lex.firstWords.has(fold)) traits |= TITLE_START;
  if (lex.roles.opensWith(fold)) traits |= ROLE_START;
  if (lex.qualifiers.opensWith(fold)) traits |= QUALIFIER_START;
  if (lex.portfolios.opensWith(fold)) traits |= PORTFOLIO_START;
  if (lex.honorifics.opensWith(fold)) traits |= HONORIFIC_START;
  if (opensUpper(text)) traits |= OPENS_UPPER;
  if (opensUpperLower(text)) traits |= OPENS_UPPER_LOWER;
  if (/^\p{Lu}[\p{L}\p{M}'’.]*$/u.test(text) && fold !== "'s") traits |= NAME_WORD;
  if (isLexiconWord(text, fold, traits)) traits |= LEXICON_WORD;
  if (traits & (OPENS_UPPER | TITLE_START) || text.startsWith('&')) traits |= MAY_OPEN_TITLE;
  if (isAllCaps(text) && /^[\p{Lu}&]{2,6}$/u.test(text)) traits |= SHORT_ACRONYM;
  const hyphenated = (text.includes('-') || text.includes('–')) && /\p{L}[-–]\p{L}/u.test(text);
  return { fold, hyphenated, traits };
}

/** The word alone is a lexicon entry that cannot be a name: the tests people/name-span made per call. */
function isLexiconWord(text: string, fold: string, traits: number): boolean {
  const lex = titleLexicon();
  if (lex.nameStopwords.has(fold) || lex.titleWords.has(fold) || lex.portfolioHeads.has(fold)) return true;
  if (matchHonorific([fold], 0, 1) !== null || matchRole([fold], [text], 0, 1) !== null) return true;
  // a one-word country or demonym, as the place matcher would find it at this word
  return (traits & OPENS_UPPER) !== 0 && fold !== 'the' && (traits & PLACE_START) !== 0 && lookupCountry(text) !== null;
}

import { glueLexicon } from './glue-lexicon.js';
import { isCommonPart, segmentWord } from './segment.js';
import { isKnownWord, wordRank } from './word-frequency.js';

/** What the document says about its own words: counts of standalone letter runs, and bigrams. */
export interface DocWords {
  count(word: string): number;
  hasBigram(left: string, right: string): boolean;
}

const CLITIC = /^(s|t|re|ve|ll|d|m)(\p{L}{2,})$/u;
const LOWER = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const UPPER = /^\p{Lu}+$/u;
const COMMON_RANK = 60000;

function common(lower: string): boolean {
  return wordRank(lower) <= COMMON_RANK;
}


function plausibleParts(parts: string[], capitalised: boolean): boolean {
  if (glueLexicon().prefixParts.has(parts[0]) || glueLexicon().suffixParts.has(parts[parts.length - 1])) return false;
  if (!capitalised) return true;
  // A capitalised token is a name unless it reads plainly as a word plus a real next word.
  const [first, second] = parts;
  if (parts.length !== 2 || glueLexicon().nameEndings.has(second) || !parts.every(isCommonPart)) return false;
  if (second.length < 4) return first.length >= 3 && (glueLexicon().functionWordsAfterName.has(second) || glueLexicon().shortFunctionWords.has(second)); // "Thereis"
  return first.length >= 3 || second.length >= 5;
}


/** A capitalised name glued to the next word: the name stands alone elsewhere in the document
 * ("Slepianas" where "Slepian" recurs), or is common and the next word a function word. */
function splitNameThenWord(word: string, docWords: DocWords): number[] {
  for (let k = word.length - 2; k >= 3; k--) {
    const left = word.slice(0, k);
    const right = word.slice(k);
    if (glueLexicon().nameEndings.has(right) || !isCommonPart(right) || (right.length === 2 && !glueLexicon().shortFunctionWords.has(right))) continue;
    const name = docWords.count(left) > 0 && !common(left.toLowerCase()); // "The" recurs too: not a name
    if (name || (glueLexicon().functionWordsAfterName.has(right) && left.length >= 4 && common(left.toLowerCase()))) return [k];
  }
  return [];
}

function splitPlain(word: string, docWords: DocWords): number[] {
  if (isKnownWord(word)) return [];
  if (CAPITALISED.test(word) && docWords.count(word) < 2) {
    const named = splitNameThenWord(word, docWords);
    if (named.length > 0) return named;
  }
  let lower: string;
  if (LOWER.test(word)) lower = word;
  else if (CAPITALISED.test(word) && docWords.count(word) < 2) lower = word.toLowerCase();
  else return [];
  const capitalised = lower !== word;
  const parts = segmentWord(lower, capitalised ? 2 : 3);
  if (!parts || !plausibleParts(parts, capitalised)) return [];
  const cuts: number[] = [];
  let at = 0;
  for (const p of parts.slice(0, -1)) cuts.push((at += p.length));
  return cuts;
}

/** Whether a space belongs between two camel-case humps glued at a lost line break. */
function camelJoin(left: string, right: string, whole: string, docWords: DocWords): boolean {
  const rightOk = common(right.toLowerCase()) || (UPPER.test(right) && right.length <= 6) || docWords.count(right) > 0;
  if (!rightOk || docWords.count(whole) > 1) return false;
  if (LOWER.test(left)) {
    if (glueLexicon().nameParticles.has(left) && left !== 'a') return false;
    if (left === 'a') return right.length >= 3 && common(right.toLowerCase());
    return isCommonPart(left) || segmentWord(left) !== null;
  }
  if (CAPITALISED.test(left)) {
    if (glueLexicon().nameParticles.has(left.toLowerCase())) return false;
    if (docWords.hasBigram(left, right)) return true;
    if (left.length < 3 || right.length < 3) return false;
    // A name glued to the next capitalised word: the right one stands alone elsewhere ("NatalieBaker"),
    // or both are common words and their join is no known word ("KhyberPakhtunkhwa", not "YouTube").
    if (docWords.count(right) > 0) return true;
    return !UPPER.test(right) && common(left.toLowerCase()) && common(right.toLowerCase()) && !isKnownWord(left + right);
  }
  if (UPPER.test(left) && left.length >= 2) return docWords.count(left) > 0;
  return false;
}

/** Split a letter run (no apostrophes) at camel humps, then inside unknown lower-case humps. */
const HUMP = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const IS_LOWER = /\p{Ll}/u;
const IS_UPPER = /\p{Lu}/u;

const ACRONYM_WORD = /^(\p{Lu}{2,5})(\p{Ll}{3,})$/u;

/** A run without camel humps: an acronym glued to a word ("USagreement"), or a plain word. */
function splitSingle(run: string, docWords: DocWords): number[] {
  const m = ACRONYM_WORD.exec(run);
  // "JPMorgan" reads as JP + Morgan too: only when the last capital cannot start a word.
  if (m && isCommonPart(m[2]) && docWords.count(m[1]) > 0 && !isKnownWord(run.slice(m[1].length - 1))) return [m[1].length];
  return splitPlain(run, docWords);
}

function splitCamel(run: string, docWords: DocWords): number[] {
  if (!HUMP.test(run) || ACRONYM_WORD.test(run)) return splitSingle(run, docWords);
  const humps: number[] = [0];
  for (let i = 1; i < run.length; i++) {
    const a = run[i - 1];
    const b = run[i];
    const lowerToUpper = IS_LOWER.test(a) && IS_UPPER.test(b);
    const upperToCap = i >= 2 && IS_UPPER.test(a) && IS_UPPER.test(b) && IS_LOWER.test(run[i + 1] ?? '');
    if (lowerToUpper || upperToCap) humps.push(i);
  }
  if (humps.length === 1) return splitSingle(run, docWords);
  humps.push(run.length);
  const cuts: number[] = [];
  for (let h = 0; h + 1 < humps.length; h++) {
    const piece = run.slice(humps[h], humps[h + 1]);
    if (h === 0 || h === humps.length - 2) for (const c of splitPlain(piece, docWords)) cuts.push(humps[h] + c);
    if (h + 2 < humps.length) {
      const right = run.slice(humps[h + 1], humps[h + 2]);
      if (camelJoin(piece, right, run, docWords)) cuts.push(humps[h + 1]);
    }
  }
  return cuts.sort((x, y) => x - y);
}

/** Only the camel-case glue points at the start of a hyphenated name ("theAnti-Narcotics"). */
export function splitLeadingCamel(run: string, docWords: DocWords): number[] {
  const m = /^(\p{Ll}+)(\p{Lu}\p{L}*)$/u.exec(run);
  return m && camelJoin(m[1], m[2], run, docWords) ? [m[1].length] : [];
}

/**
 * Offsets inside a letter run (letters with inner apostrophes) where a lost line break glued two
 * words. Never inside a run that the dictionary knows; never a capitalised name that recurs.
 */
export function splitRun(run: string, docWords: DocWords): number[] {
  const pieces = run.split(/['’]/u);
  if (pieces.length === 1) return splitCamel(run, docWords);
  const cuts = splitCamel(pieces[0], docWords);
  const lastStart = run.length - pieces[pieces.length - 1].length;
  const m = CLITIC.exec(pieces[pieces.length - 1]);
  if (pieces.length === 2 && m && !isKnownWord(m[0])) {
    const rest = m[2];
    const restCuts = splitPlain(rest, docWords);
    if (isKnownWord(rest) || restCuts.length > 0) {
      cuts.push(lastStart + m[1].length);
      for (const c of restCuts) cuts.push(lastStart + m[1].length + c);
    }
  }
  return cuts;
}

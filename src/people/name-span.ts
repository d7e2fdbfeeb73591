import { matchHonorific, matchPortfolio, matchRole } from '../lexicon/titles.js';
import { placeAt } from './country-at.js';
import { parseTitleAt, type TitleContext } from './title-parse.js';
import { isOrgHeadWord } from '../entities/org-kind.js';
import { opensUpper } from '../lexicon/word-shape.js';
import { LEXICON_WORD, NAME_WORD } from '../lexicon/word-info.js';

/** Lowercase particles that may sit inside a name: "Mohammed bin Salman", "Ursula von der Leyen". */
export const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'ul', 'ud', 'de', 'da', 'das', 'dos', 'van', 'von', 'der', 'den', 'di', 'du', 'la', 'le', 'abu', 'ben', 'bte', 'binti', 'della', 'delle', 'degli', 'dei', 'do', 'ter', 'te', 'op', 'zu', 'y', 'e']);

export interface CleanName {
  /** Word range of the name proper. */
  start: number;
  end: number;
  /** First word of the mention span: an honorific ("Mr", "Ms") when present, else `start`. */
  spanStart: number;
}

/**
 * Strips honorifics and titles the tagger left inside a PER span ("Ambassador Natalie Baker"
 * → "Natalie Baker", "Mr. Naqvi" keeps "Mr." as the mention's start) and a trailing "'s".
 * Returns null when nothing name-like remains.
 */
export function cleanNameSpan(ctx: TitleContext, start: number, end: number): CleanName | null {
  const { folds, texts } = ctx.index;
  while (end > start && (folds[end - 1] === "'s" || /^[^\p{L}\d]+$/u.test(texts[end - 1]))) end--;
  let spanStart = start;
  for (let guard = 0; guard < 4 && start < end - 1; guard++) {
    const h = matchHonorific(folds, start, end - 1);
    if (h !== null) {
      start = h; // the honorific stays in the mention span ("Mr Naqvi"), never in the name
      continue;
    }
    const t = parseTitleAt(ctx, start, end - 1);
    if (t && opensUpper(texts[t.end] ?? '')) {
      start = t.end;
      spanStart = start;
      continue;
    }
    break;
  }
  let p = start;
  while (p < end - 1 && PARTICLES.has(folds[p])) p++;
  const particle = p > start && isNameWord(ctx, p); // "van der Sar", "della Noce"
  if (start >= end || !(isNameWord(ctx, start) || particle)) return null;
  if (end - start === 1 && (isLexiconWord(ctx, start) || /^\p{Lu}\.?$/u.test(texts[start]))) return null; // "Governor", "Y." of "D-N.Y."

  return { start, end, spanStart: Math.min(spanStart, start) };
}

/**
 * A run of name words starting at `j` (capitalized, particles inside), at most `max` words,
 * stopping at lexicon words (titles, places, organization heads). Returns the end or `j`.
 */
export function nameRun(ctx: TitleContext, j: number, limit: number, max = 4): number {
  const { words, folds } = ctx.index;
  let end = j;
  let names = 0;
  for (let k = j; k < limit && names < max; ) {
    // a place may close a name ("Lloyd Austin") but not open one ("Commissioner Karachi")
    const place = placeAt(words, k, k + 1);
    if (isNameWord(ctx, k) && !isLexiconWord(ctx, k) && (!place || (names > 0 && place.hit.sense === 'city'))) {
      k++;
      names++;
      if (words[k - 1].last) end = k;
    } else if (names > 0 && PARTICLES.has(folds[k]) && k + 1 < limit && isNameWord(ctx, k + 1)) k++;
    else break;
  }
  return end;
}

/** A capitalized word that could be part of a name (not "'s", not all digits). */
export function isNameWord(ctx: TitleContext, k: number): boolean {
  return (ctx.index.traits[k] & NAME_WORD) !== 0; // the shape test, made once per distinct word
}

/** Title words, honorifics, country names and organization heads never make a one-word name. */
export function isLexiconWord(ctx: TitleContext, k: number): boolean {
  return (ctx.index.traits[k] & LEXICON_WORD) !== 0; // decided once per distinct word (`lexicon/word-info`)
}

/**
 * "Uttar Pradesh Yogi Adityanath" tagged as one organization after "Chief Minister of": a known
 * place, then two to four name words with no organization head or title word. Returns where
 * the name starts, or null.
 */
export function placeThenName(ctx: TitleContext, start: number, end: number): number | null {
  const title = parseTitleAt(ctx, start, end - 2);
  // "ACP Olumuyiwa Adejobi" tagged as an organization: a title, then the name
  if (title && title.start === start && opensUpper(ctx.index.texts[start]) && nameWordsOnly(ctx, title.end, end)) return title.end;
  const found = placeAt(ctx.index.words, start, end);
  const port = found ? null : matchPortfolio(ctx.index.folds, ctx.index.texts, start, end);
  // "Principal Secretary for | Immigration Belio Kipsang": a portfolio, then the name
  const place = found && found.hit.sense !== 'demonym' ? found : port ? { end: port.end } : null;
  if (!place || end - place.end < 2 || end - place.end > 4) return null;
  // only in a title's slot: "Chief Minister of | Uttar Pradesh Yogi Adityanath", "IGP | Punjab Usman Anwar"
  const { folds, texts } = ctx.index;
  const b = folds[start - 1] === 'of' || (port && folds[start - 1] === 'for') ? start - 2 : start - 1;
  let titled = false;
  for (let r = Math.max(0, b - 3); r <= b && !titled; r++) titled = matchRole(folds, texts, r, b + 1)?.end === b + 1;
  if (!titled) return null;
  return nameWordsOnly(ctx, place.end, end) ? place.end : null;
}

function nameWordsOnly(ctx: TitleContext, from: number, end: number): boolean {
  if (end - from < 2 || end - from > 4) return false;
  for (let k = from; k < end; k++) if (!isNameWord(ctx, k) || isLexiconWord(ctx, k) || isOrgHeadWord(ctx.index.folds[k]) || placeAt(ctx.index.words, k, k + 1)) return false;
  return true;
}

/**
 * "DC Lahore Rafia | Haider": the tagger's organization is a title and the given name, its
 * person span the rest. Returns where the name starts inside the organization span, or null.
 */
export function titleIntoPerson(ctx: TitleContext, start: number, end: number): number | null {
  if (!ctx.perAt?.has(end) || !opensUpper(ctx.index.texts[start])) return null;
  const t = parseTitleAt(ctx, start, end - 1);
  if (!t || t.start !== start || t.end >= end) return null;
  for (let k = t.end; k < end; k++) if (!isNameWord(ctx, k) || isLexiconWord(ctx, k) || isOrgHeadWord(ctx.index.folds[k])) return null;
  return t.end;
}

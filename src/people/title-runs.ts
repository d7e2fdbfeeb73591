import { matchQualifier, matchRole } from '../lexicon/titles.js';
import { isOrgHeadWord } from '../entities/org-kind.js';
import type { TitleContext } from './title-parse.js';
import { placeAt } from './country-at.js';
import { opensUpper } from '../lexicon/word-shape.js';
import { OPENS_UPPER, OPENS_UPPER_LOWER, QUALIFIER_START, ROLE_START } from '../lexicon/word-info.js';

const ORG_CONNECTORS = new Set(['of', 'and', 'for', 'the', '&']);

/** A run of capitalized words (with inner of/and/for/the) naming an organization: "the State Bank of Pakistan". */
export function capitalizedRun(ctx: TitleContext, j: number, limit: number): number {
  const { traits, folds } = ctx.index;
  let end = j;
  let k = j;
  while (k < limit) {
    if (k > j && ctx.perAt?.has(k)) break;
    if (traits[k] & OPENS_UPPER && folds[k] !== "'s") {
      k++;
      end = k;
    } else if (ORG_CONNECTORS.has(folds[k]) && k > j && k + 1 < limit && traits[k + 1] & OPENS_UPPER) k++;
    else break;
  }
  return end;
}

export function textOf(ctx: TitleContext, from: number, to: number): string {
  const { words } = ctx.index;
  let s = '';
  for (let k = from; k < to; k++) s += (k > from ? (words[k].token === words[k - 1].token ? '-' : ' ') : '') + words[k].text;
  return s;
}

/** Capitalized words naming a portfolio ("Media and Publicity"), stopping at role and qualifier words. */
export function portfolioRun(ctx: TitleContext, j: number, limit: number): number {
  const { texts, folds, traits } = ctx.index;
  // word traits first: most words are no capitalized word, role or qualifier (no trie lookups)
  const ok = (k: number) =>
    k < limit && (traits[k] & OPENS_UPPER_LOWER) !== 0 && !(k > j && ctx.perAt?.has(k)) && !(traits[k] & ROLE_START && matchRole(folds, texts, k, limit)) && !qualifiesRole(k);
  // "Special Initiatives" is a portfolio; "Special Assistant" starts a new title
  const qualifiesRole = (k: number) => {
    if (!(traits[k] & QUALIFIER_START)) return false;
    const q = matchQualifier(folds, k, limit);
    return q !== null && (q.end >= limit || matchRole(folds, texts, q.end, limit) !== null || matchQualifier(folds, q.end, limit) !== null || !opensUpper(texts[q.end]));
  };
  let end = j;
  let k = j;
  while (k < limit) {
    if (ok(k)) end = ++k;
    else if ((folds[k] === 'and' || folds[k] === '&') && k > j && ok(k + 1)) k++;
    else if (texts[k] === ',' && k > j && closesList(k + 1)) k++;
    else break;
  }
  return end;

  /** ", Development and Special Initiatives": a comma inside a portfolio only when "and" closes the list. */
  function closesList(from: number): boolean {
    let q = from;
    while (ok(q)) q++;
    return q > from && (folds[q] === 'and' || folds[q] === '&') && ok(q + 1);
  }
}

export function snake(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** End of an organization's name that opens with a place ("the Nigeria Centre for Disease Control"), or `j`. */
export function orgAfterPlace(ctx: TitleContext, j: number, placeEnd: number, limit: number): number {
  const run = capitalizedRun(ctx, j, limit);
  for (let k = placeEnd; k < run; k++) if (isOrgHeadWord(ctx.index.folds[k])) return run;
  return j;
}

/** End of the tagger's organization at `i`, through "of" + a country it stopped before ("Central Bank | of Sri Lanka"). */
export function taggedOrgEnd(ctx: TitleContext, i: number, limit: number): number | undefined {
  const end = ctx.orgAt.get(i);
  if (end === undefined || ctx.index.folds[end] !== 'of' || !isOrgHeadWord(ctx.index.folds[end - 1])) return end;
  const of = placeAt(ctx.index.words, end + 1, limit);
  return of && of.hit.sense !== 'demonym' ? of.end : end;
}

export function hasRoleWord(ctx: TitleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (matchRole(ctx.index.folds, ctx.index.texts, k, to)) return true;
  return false;
}

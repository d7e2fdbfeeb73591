import type { PreparedInput } from '../people/context.js';
import { matchRole } from '../lexicon/titles.js';
import { placeAt } from '../people/country-at.js';
import { placeThenName, titleIntoPerson } from '../people/name-span.js';
import { parseTitleAt } from '../people/title-parse.js';
import { isNotAnOrganization, isOrgHeadWord } from './org-kind.js';
import { opensUpper } from '../lexicon/word-shape.js';

/**
 * Tagger ORG spans that are no organization: a whole title ("Inspector General of Police",
 * "Lagos State Commissioner for Health", "Ruler of Dubai"), a US party-state tag ("R-Texas"),
 * a one-word name the tagger also tags as a person ("Siddaramaiah"), or a place run into a
 * person's name ("Uttar Pradesh Yogi Adityanath").
 */
export function notAnOrg(prep: PreparedInput, start: number, end: number, onePer: ReadonlySet<string>): boolean {
  const { folds, texts, words } = prep.ctx.index;
  if (/^[RDI]$/.test(texts[start]) && end - start === 2 && words[start + 1].token === words[start].token) return true;
  if (isJurisdiction(prep, start, end)) return true;
  if (end - start === 1 && (onePer.has(texts[start]) || isNotAnOrganization(texts[start]))) return true;
  if (placeThenName(prep.ctx, start, end) !== null || titleIntoPerson(prep.ctx, start, end) !== null) return true;
  if (end - start === 1 && /^\p{Lu}\.?$/u.test(texts[start])) return true; // "C." of "R-S.C."

  return coversTitle(prep, start, end);
}

/** A span that is a whole title: it holds a role word and a title parse from its start covers it. */
export function coversTitle(prep: PreparedInput, start: number, end: number): boolean {
  const { folds, texts, words } = prep.ctx.index;
  let role = false;
  for (let k = start; k < end && !role; k++) role = matchRole(folds, texts, k, end) !== null && !isOrgHeadWord(folds[k]);
  if (!role) return false;
  const t = parseTitleAt(prep.ctx, start, Math.min(words.length, end + 8));
  return !!t && t.start === start && t.end >= end;
}

/** A bare place right after a role ("IGP | Punjab", "Chief Secretary | Sindh"): the title's jurisdiction. */
export function isJurisdiction(prep: PreparedInput, start: number, end: number): boolean {
  const { folds, texts, words } = prep.ctx.index;
  const place = placeAt(words, start, end);
  if (!place || place.end !== end || place.hit.sense === 'demonym') return false;
  let b = start;
  if (texts[b - 1] === ')' && texts[b - 3] === '(') b -= 3;
  for (let r = Math.max(0, b - 4); r < b; r++) if (matchRole(folds, texts, r, b)?.end === b && opensUpper(texts[r])) return true;
  return false;
}

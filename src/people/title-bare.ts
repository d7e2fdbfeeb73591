import { matchPortfolio, matchRole } from '../lexicon/titles.js';
import { isOrgHeadWord } from '../entities/org-kind.js';
import { placeAt } from './country-at.js';
import type { TitleContext } from './title-parse.js';
import { capitalizedRun, textOf } from './title-runs.js';
import { opensUpper, opensUpperLower } from '../lexicon/word-shape.js';

/** What a capitalized title may take right after its role without a preposition. */
export interface BareTail {
  end: number;
  country?: string;
  org?: string;
  portfolio?: string;
}

/**
 * South Asian house style puts the jurisdiction, wing or body straight after a capitalized
 * role: "IGP Punjab", "DIG Operations", "Secretary Health", "Governor State Bank of Pakistan",
 * "Chairman Federal Board of Revenue", and a bracketed acronym "(IGP)". Reads one such piece
 * at word `i`; null when the next word is none of them.
 */
export function bareTail(ctx: TitleContext, i: number, limit: number, hasPortfolio: boolean): BareTail | null {
  const { words, texts, folds } = ctx.index;
  if (i >= limit) return null;
  if (texts[i] === '(' && i + 2 < limit && texts[i + 2] === ')' && /^\p{Lu}{2,8}$/u.test(texts[i + 1])) return { end: i + 3 };
  if (!opensUpper(texts[i]) || matchRole(folds, texts, i, limit)) return null;
  const place = placeAt(words, i, limit);
  if (place && place.hit.sense !== 'demonym' && !isOrgHeadWord(folds[place.end] ?? '')) {
    return { end: place.end, country: place.hit.code };
  }
  // a capitalized run with an organization head word, cut before any role word ("… Corps Lt Gen")
  const run = ctx.perAt?.has(i) ? i : capitalizedRun(ctx, i, limit);
  let end = i;
  let head = false;
  for (let k = i; k < run; k++) {
    if (k > i && matchRole(folds, texts, k, run)) break;
    if (isOrgHeadWord(folds[k])) head = true;
    end = k + 1;
  }
  while (end > i && (folds[end - 1] === 'of' || folds[end - 1] === 'and' || folds[end - 1] === 'the')) end--;
  if (head && end > i) return { end, org: textOf(ctx, i, end) };
  const port = hasPortfolio ? null : matchPortfolio(folds, texts, i, limit);
  if (port && opensUpperLower(texts[i])) return { end: port.end, portfolio: port.id };
  return null;
}

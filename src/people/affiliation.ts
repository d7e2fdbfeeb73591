import type { TitleFact } from '../schema/article.js';
import { roleDomain } from '../lexicon/titles.js';
import { isInternational } from '../entities/org-kind.js';

/** Domains whose holders serve their own country's state when no country is stated. */
const DOMESTIC = new Set(['government', 'legislature', 'police', 'judicial', 'military', 'politics']);

/**
 * A person's affiliation from their titles: the first stated country and organization.
 * A government, police, judicial or military title stating no country (and no international
 * organization) takes the article's home country (`contextCountry`: dateline or most-mentioned country).
 */
export function affiliationOf(titles: readonly TitleFact[], contextCountry: string | null): { country: string | null; org: string | null } | null {
  if (titles.length === 0) return null;
  const country = titles.find((t) => t.country)?.country ?? null;
  const org = titles.find((t) => t.org)?.org ?? null;
  if (country) return { country, org };
  const domestic = titles.some((t) => t.role && DOMESTIC.has(roleDomain(t.role) ?? ''));
  return { country: domestic && !(org && isInternational(org)) ? contextCountry : null, org };
}

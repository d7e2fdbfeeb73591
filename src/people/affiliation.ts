import type { TitleFact } from '../schema/article.js';
import { roleDomain } from '../lexicon/titles.js';
import { isInternational } from '../entities/org-kind.js';
import { lookupPlace } from '../lexicon/countries.js';

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
  const fromOrg = org ? countryInText(org) : null; // "Bank of England" → GB
  if (fromOrg) return { country: fromOrg, org };
  const domestic = titles.some((t) => t.role && DOMESTIC.has(roleDomain(t.role) ?? ''));
  return { country: domestic && !(org && isInternational(org)) ? contextCountry : null, org };
}

/** The country of the first place named in a short text (an organization's name), or null. */
function countryInText(text: string): string | null {
  const words = text.split(/[\s\-–]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const hit = lookupPlace(words.slice(i, i + n).join(' ').replace(/['’]s$/, ''));
      if (hit) return hit.code;
    }
  }
  return null;
}

import type { TitleFact } from '../schema/article.js';
import { ontology, snake } from './title-ontology.js';
import { foldCase } from './fold.js';

/** A title reduced to what identifies the office. */
export interface NormTitle {
  function: string;
  /** true: acting (a.i.); false: titular; null: not said. */
  acting: boolean | null;
  /** Qualifiers that make it another office (deputy, former …), sorted. */
  distinct: string[];
  /** Decorative qualifiers (federal …): specificity only. */
  decorative: string[];
  portfolio: string | null;
  country: string | null;
  org: string | null;
  formality: number;
  generalizes: string[];
}

export type TitleRelation = 'equivalent' | 'variant' | 'incompatible';

/**
 * Normalizes a title fact through the ontology; unknown roles are their own function. The
 * country (the title's own, else `contextCountry`, e.g. the person's affiliation) selects a
 * country-specific sense of the role.
 */
export function normalizeTitle(t: TitleFact, contextCountry: string | null = null): NormTitle {
  const onto = ontology();
  const roleKey = t.role ? snake(t.role) : 'official';
  const base = onto.roles.get(roleKey);
  const country = (t.country ?? contextCountry)?.toUpperCase();
  const role = (country && base?.byCountry?.[country]) || base;
  let acting = role ? role.acting : null;
  const distinct: string[] = [];
  const decorative: string[] = [];
  for (const q of (t.qualifier ?? '').split(/[\s,]+/).filter(Boolean)) {
    const key = snake(q);
    const effect = onto.qualifiers.get(key) ?? 'distinct';
    if (effect === 'acting') acting = true;
    else if (effect === 'titular') acting = false;
    else if (effect === 'decorative') decorative.push(key);
    else distinct.push(key);
  }
  const portfolio = t.portfolio ? (onto.portfolios.get(snake(t.portfolio)) ?? snake(t.portfolio)) : null;
  return {
    function: role?.function ?? roleKey,
    acting,
    distinct: distinct.sort(),
    decorative: decorative.sort(),
    portfolio,
    country: t.country ? t.country.toUpperCase() : null,
    org: t.org ? foldCase(t.org).trim() : null,
    formality: (role?.formality ?? 1) + formalForm(t.text),
    generalizes: role?.generalizes ?? [],
  };
}

/** "Minister of the Interior", "Federal Minister for Interior": the role word before "of/for" is the formal form. */
function formalForm(text: string): number {
  return /\b(minister|secretary|ambassador|commissioner|director|chairman|chair|head|governor|president)\s+(of|for|to)\b/i.test(text)
    ? 1
    : 0;
}

/** How many attributes the title fixes (for "most specific"). */
export function specificity(n: NormTitle): number {
  return (
    (n.acting !== null ? 1 : 0) +
    (n.portfolio ? 1 : 0) +
    (n.country ? 1 : 0) +
    (n.org ? 1 : 0) +
    n.decorative.length +
    (n.generalizes.length ? 0 : 1)
  );
}

/** Whether function `a` may loosely stand for function `b` ("envoy" for the ambassador). */
function generalizes(a: NormTitle, b: NormTitle): boolean {
  return a.generalizes.includes('*') || a.generalizes.includes(b.function);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * equivalent: the same office in other words (acting ambassador ≡ chargé d'affaires a.i.;
 * Interior Minister ≡ Minister of the Interior ≡ Federal Minister for Interior; a country or org
 * stated by one and not the other does not change the office);
 * variant: compatible but one is less specific (a bare "ambassador" or "envoy" beside an acting
 * head of mission; "Minister" beside "Interior Minister"); incompatible: another office.
 */
export function titleRelation(a: NormTitle, b: NormTitle): TitleRelation {
  if (!sameList(a.distinct, b.distinct)) return 'incompatible';
  if (a.country && b.country && a.country !== b.country) return 'incompatible';
  if (a.org && b.org && a.org !== b.org) return 'incompatible';
  if (a.portfolio && b.portfolio && a.portfolio !== b.portfolio) return 'incompatible';
  if (a.acting !== null && b.acting !== null && a.acting !== b.acting) return 'incompatible';
  if (a.function !== b.function) {
    if (generalizes(a, b) || generalizes(b, a)) return 'variant';
    return 'incompatible';
  }
  if (a.acting !== b.acting || !a.portfolio !== !b.portfolio) return 'variant';
  return 'equivalent';
}

/** A key shared by exactly the titles that are equivalent to each other (country/org excluded). */
export function equivalenceKey(n: NormTitle): string {
  return [n.function, String(n.acting), n.distinct.join('+'), n.portfolio ?? ''].join('|');
}

/** The titles would name one office but for portfolios of one family. */
export function onlyRelatedPortfolios(x: NormTitle, y: NormTitle): boolean {
  if (!x.portfolio || !y.portfolio || x.portfolio === y.portfolio) return false;
  const family = ontology().portfolioFamily;
  const fx = family.get(x.portfolio);
  if (fx === undefined || fx !== family.get(y.portfolio)) return false;
  return titleRelation({ ...x, portfolio: null }, { ...y, portfolio: null }) !== 'incompatible';
}

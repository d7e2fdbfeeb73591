import type { Person } from '../schema/article.js';
import type { Input } from './input.js';
import { nameRelation, parseName, type ParsedName } from './names.js';
import { normalizeTitle, onlyRelatedPortfolios, titleRelation, type NormTitle } from './titles.js';

/** One person record of one article, ready for matching. */
export interface PersonRef {
  article: string;
  /** Position over all articles (article order, then person order): ids and display order. */
  order: number;
  person: Person;
  parsed: ParsedName;
  titles: NormTitle[];
}

/** Every person of the given articles, in article order. */
export function personRefs(inputs: Input[]): PersonRef[] {
  const refs: PersonRef[] = [];
  let order = 0;
  for (const { id, article } of inputs) {
    for (const person of article.people) {
      order++;
      // A name with no letters still stays an official of its own (nothing is dropped).
      const parsed = parseName(person.name) ?? { given: [], surname: `\u0000${id}:${person.id}` };
      refs.push({ article: id, order, person, parsed, titles: person.titles.map((t) => normalizeTitle(t, person.affiliation?.country ?? null)) });
    }
  }
  return refs;
}

/**
 * Roles are compatible unless both sides have titles and no pair of them can name one office
 * (strict: for names that only nearly match — a typo, an initial, a bare surname).
 */
export function rolesCompatible(a: NormTitle[], b: NormTitle[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.some((y) => titleRelation(x, y) !== 'incompatible'));
}

/**
 * Roles contradict: no pair can name one office and some pair is the same kind of office with
 * another portfolio, country or qualifier (Interior vs Finance Minister; deputy vs minister;
 * former vs serving ambassador). A rank beside a post ("General" / "Army Chief") does not
 * contradict, nor do portfolios one ministry often holds together ("Petroleum" / "Energy Cabinet
 * Secretary": data/title-ontology.json `portfolioFamilies`). The lenient test, for identical full names.
 */
export function rolesContradict(a: NormTitle[], b: NormTitle[]): boolean {
  if (rolesCompatible(a, b)) return false;
  return a.some((x) => b.some((y) => x.function === y.function && !onlyRelatedPortfolios(x, y)));
}


/** Two full names that may be one person: identical (roles must not contradict), or an initial, a missing middle name, one edit (roles compatible). */
export function sameFullName(a: PersonRef, b: PersonRef): boolean {
  const r = nameRelation(a.parsed, b.parsed);
  if (r === 'same') return !rolesContradict(a.titles, b.titles);
  return (r === 'variant' || r === 'typo') && rolesCompatible(a.titles, b.titles);
}

/**
 * Groups person records that name one person: full names by `sameFullName`; a surname-only
 * record joins the one compatible full-name group with its surname (preferring its own
 * article's), or, when no full name has that surname, a two-token name it begins (surname-first
 * order: "Xi" / "Xi Jinping"); else it groups with the other surname-only records of that surname.
 */
export function groupPersons(refs: PersonRef[]): PersonRef[][] {
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const bySurname = new Map<string, number[]>();
  refs.forEach((r, i) => {
    if (!bySurname.has(r.parsed.surname)) bySurname.set(r.parsed.surname, []);
    bySurname.get(r.parsed.surname)!.push(i);
  });
  // Surname-first names ("Xi Jinping"): a bare "Xi" elsewhere may be the first token of a two-token name.
  const byFirst = new Map<string, number[]>();
  refs.forEach((r, i) => {
    if (r.parsed.given.length !== 1) return;
    const k = r.parsed.given[0];
    if (!byFirst.has(k)) byFirst.set(k, []);
    byFirst.get(k)!.push(i);
  });
  for (const idx of bySurname.values()) {
    const full = idx.filter((i) => refs[i].parsed.given.length);
    for (let x = 0; x < full.length; x++)
      for (let y = x + 1; y < full.length; y++) if (sameFullName(refs[full[x]], refs[full[y]])) union(full[x], full[y]);
  }
  for (const [surname, idx] of bySurname) {
    const bare = idx.filter((i) => !refs[i].parsed.given.length);
    if (!bare.length) continue;
    let full = idx.filter((i) => refs[i].parsed.given.length);
    if (!full.length) full = byFirst.get(surname) ?? [];
    const roots = [...new Set(full.map(find))];
    const titlesOf = (root: number) => full.filter((i) => find(i) === root).flatMap((i) => refs[i].titles);
    const articlesOf = (root: number) => new Set(full.filter((i) => find(i) === root).map((i) => refs[i].article));
    let orphan: number | null = null;
    for (const b of bare) {
      let candidates = roots.filter((r) => rolesCompatible(titlesOf(r), refs[b].titles));
      if (candidates.length > 1) candidates = candidates.filter((r) => articlesOf(r).has(refs[b].article));
      if (candidates.length === 1) union(b, candidates[0]);
      else if (candidates.length === 0 && roots.length === 0) {
        if (orphan === null) orphan = b;
        else if (rolesCompatible(refs[orphan].titles, refs[b].titles)) union(b, orphan);
      }
    }
  }
  const groups = new Map<number, PersonRef[]>();
  refs.forEach((r, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(r);
  });
  return [...groups.values()].sort((a, b) => a[0].order - b[0].order);
}

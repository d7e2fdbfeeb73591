import type { TitleFact } from '../schema/article.js';
import type { Conflict, MergedTitle, Support } from '../schema/events.js';
import type { PersonRef } from './person-refs.js';
import { ValueBag, conflict, independentVotes, type Outlets } from './conflict.js';
import { byCodeUnit, surfaceKey } from './fold.js';
import { mergeSupport, supportOf } from './support.js';
import { equivalenceKey, normalizeTitle, onlyRelatedPortfolios, specificity, titleRelation, type NormTitle } from './titles.js';

type Bare = Omit<TitleFact, 'evidence'>;

interface TitleUse {
  title: Bare;
  norm: NormTitle;
  support: Support[];
}

/** A set of equivalent titles (one office in other words). */
interface TitleClass {
  uses: TitleUse[];
  rep: TitleUse;
  support: Support[];
}

function bare(t: TitleFact): Bare {
  return { text: t.text.replace(/\s+/g, ' ').trim(), role: t.role, qualifier: t.qualifier, portfolio: t.portfolio, country: t.country, org: t.org };
}

function identity(t: Bare): string {
  return JSON.stringify([t.text, t.role, t.qualifier, t.portfolio, t.country, t.org]);
}

/** Most specific, then most formal, then most independent sources, then code unit. */
function pickRep(uses: TitleUse[], outlets: Outlets): TitleUse {
  return [...uses].sort(
    (a, b) =>
      specificity(b.norm) - specificity(a.norm) ||
      b.norm.formality - a.norm.formality ||
      independentVotes(b.support, outlets) - independentVotes(a.support, outlets) ||
      byCodeUnit(a.title.text, b.title.text),
  )[0];
}

/** Equivalent titles grouped: same office key; a stated country splits only when two differ. */
function classes(uses: TitleUse[], outlets: Outlets): TitleClass[] {
  const byKey = new Map<string, TitleUse[]>();
  for (const u of uses) {
    const countries = new Set(uses.filter((x) => equivalenceKey(x.norm) === equivalenceKey(u.norm) && x.norm.country).map((x) => x.norm.country));
    const key = `${equivalenceKey(u.norm)}|${countries.size > 1 ? (u.norm.country ?? '') : ''}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(u);
  }
  return [...byKey.values()].map((list) => ({ uses: list, rep: pickRep(list, outlets), support: mergeSupport(...list.map((u) => u.support)) }));
}

function textValues(uses: TitleUse[], outlets: Outlets) {
  const bag = new ValueBag();
  for (const u of uses) bag.add(u.title.text, u.support);
  return bag.entries(outlets);
}

/**
 * Merges the titles of one official: every distinct title kept with its sources; equivalent
 * wordings → `equivalent` (canonical-form: the most specific formal wording); less specific
 * compatible titles, or the same office with a related portfolio ("Energy" / "Petroleum Cabinet
 * Secretary") → `variant` (most-specific); the same office with another portfolio,
 * country or acting status, from articles that never state both → `genuine`.
 */
export function mergeTitles(refs: PersonRef[], field: string, outlets: Outlets): { titles: MergedTitle[]; title: Bare | null; conflicts: Conflict[] } {
  const byIdentity = new Map<string, TitleUse>();
  for (const r of refs) {
    for (const t of r.person.titles) {
      const b = bare(t);
      const id = identity(b);
      const s = [supportOf(r.article, [t.evidence])];
      const u = byIdentity.get(id);
      if (u) u.support = mergeSupport(u.support, s);
      else byIdentity.set(id, { title: b, norm: normalizeTitle(t, r.person.affiliation?.country ?? null), support: s });
    }
  }
  const uses = [...byIdentity.values()].sort((a, b) => byCodeUnit(identity(a.title), identity(b.title)));
  const titles = uses.map((u) => ({ ...u.title, support: u.support }));
  if (!uses.length) return { titles, title: null, conflicts: [] };
  const conflicts: Conflict[] = [];
  const cls = classes(uses, outlets);
  for (const c of cls) {
    const values = textValues(c.uses, outlets);
    if (new Set(values.map((v) => surfaceKey(v.value))).size > 1)
      conflicts.push(conflict(`${field}.title`, values, 'equivalent', c.rep.title.text, 'canonical-form'));
  }
  // The office most independent sources give anchors; the most specific title compatible with it wins.
  const votes = (c: TitleClass) => independentVotes(c.support, outlets);
  const anchor = [...cls].sort((a, b) => votes(b) - votes(a) || (pickRep([a.rep, b.rep], outlets) === a.rep ? -1 : 1))[0];
  const best = cls
    .filter((c) => c === anchor || titleRelation(anchor.rep.norm, c.rep.norm) !== 'incompatible')
    .sort((a, b) => (pickRep([a.rep, b.rep], outlets) === a.rep ? -1 : 1))[0];
  const variants: TitleClass[] = [];
  const genuine: TitleClass[] = [];
  let related = false;
  for (const c of cls) {
    if (c === best) continue;
    const rel = titleRelation(best.rep.norm, c.rep.norm);
    if (rel === 'variant' || rel === 'equivalent') variants.push(c);
    else if (onlyRelatedPortfolios(best.rep.norm, c.rep.norm)) {
      variants.push(c);
      related = true;
    }
    else if (best.rep.norm.function === c.rep.norm.function && !sharesArticle(best.support, c.support)) genuine.push(c);
  }
  if (variants.length)
    conflicts.push(
      conflict(
        `${field}.title`,
        textValues([...best.uses, ...variants.flatMap((c) => c.uses)], outlets),
        'variant',
        best.rep.title.text,
        'most-specific',
        related ? 'portfolios one ministry often holds together (one report names part of it)' : undefined,
      ),
    );
  if (genuine.length) {
    conflicts.push(
      conflict(`${field}.title`, textValues([...best.uses, ...genuine.flatMap((c) => c.uses)], outlets), 'genuine', null, 'unresolved', 'the sources give this person different offices'),
    );
  }
  return { titles, title: genuine.length ? null : best.rep.title, conflicts };
}

function sharesArticle(a: Support[], b: Support[]): boolean {
  const ids = new Set(a.map((s) => s.article));
  return b.some((s) => ids.has(s.article));
}

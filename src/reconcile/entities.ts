import type { Entity } from '../schema/article.js';
import type { Conflict, MergedEntity, Support } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, independentVotes, type Outlets } from './conflict.js';
import { byCodeUnit, foldCase, nameKey, surfaceKey, words } from './fold.js';
import { mergeSupport, supportOf } from './support.js';

interface EntityRef {
  article: string;
  entity: Entity;
  keys: string[];
}

const MINOR = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'a', 'an']);

/** "Anti-Narcotics Force" → "anf": initials of the significant words (three or more: two letters collide too often). */
export function acronym(name: string): string | null {
  const w = words(name).filter((x) => !MINOR.has(x));
  return w.length >= 3 ? w.map((x) => x[0]).join('') : null;
}

function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z0-9.&-]{1,9}$/.test(name.trim());
}

function keysOf(e: Entity): string[] {
  const keys = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    if (!n.trim()) continue;
    keys.add(`n:${nameKey(n)}`);
    // Word order: "Interior Ministry" / "Ministry of the Interior".
    const sorted = nameKey(n).split(' ').sort().join(' ');
    if (sorted.includes(' ')) keys.add(`s:${sorted}`);
    if (isAcronym(n)) keys.add(`a:${foldCase(n).replace(/[^a-z0-9]/g, '')}`);
    else {
      const a = acronym(n);
      if (a) keys.add(`a:${a}`);
    }
  }
  return [...keys];
}

function compatible(a: Entity, b: Entity): boolean {
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  return !(a.country && b.country && a.country !== b.country);
}

function mentionsOf(e: Entity, value: string): Support['spans'] {
  const k = nameKey(value);
  return e.mentions.filter((m) => nameKey(m.text) === k);
}

/**
 * Merges organizations (or places) of one event: same name after folding case, diacritics,
 * articles, spelling variants (Centre/Center) and word order, or an acronym of the other. Different
 * wordings of one name from different articles → `equivalent` (canonical-form: the full name
 * most independent sources use).
 */
export function mergeEntities(inputs: Input[], pick: 'organizations' | 'places', prefix: string, outlets: Outlets): { entities: MergedEntity[]; conflicts: Conflict[] } {
  const refs: EntityRef[] = [];
  for (const { id, article } of inputs) for (const e of article[pick]) refs.push({ article: id, entity: e, keys: keysOf(e) });
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  refs.forEach((r, i) => {
    for (const k of r.keys) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else if (compatible(refs[find(j)].entity, r.entity)) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
    }
  });
  const groups = new Map<number, EntityRef[]>();
  refs.forEach((r, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(r);
  });
  const entities: MergedEntity[] = [];
  const conflicts: Conflict[] = [];
  [...groups.values()].forEach((group, gi) => {
    const id = `${prefix}${gi + 1}`;
    const all = new ValueBag();
    const primary = new ValueBag();
    for (const r of group) {
      const s = (v: string) => [supportOf(r.article, mentionsOf(r.entity, v))];
      primary.add(r.entity.name.trim(), s(r.entity.name));
      for (const n of [r.entity.name, ...r.entity.aliases]) if (n.trim()) all.add(n.trim(), s(n));
    }
    const names = all.entries(outlets).map((v) => ({ value: v.value, support: v.sources }));
    const prim = primary.entries(outlets);
    const full = prim.filter((v) => !isAcronym(v.value));
    const best = [...(full.length ? full : prim)].sort(
      (a, b) => independentVotes(b.sources, outlets) - independentVotes(a.sources, outlets) || b.value.length - a.value.length || byCodeUnit(a.value, b.value),
    )[0];
    const articles = new Set(group.map((r) => r.article));
    if (articles.size > 1 && new Set(prim.map((v) => surfaceKey(v.value))).size > 1)
      conflicts.push(conflict(`${pick}[${id}].name`, prim, 'equivalent', best.value, 'canonical-form'));
    const first = (f: (e: Entity) => string | null) => group.map((r) => f(r.entity)).find((x) => x) ?? null;
    entities.push({
      id,
      name: best.value,
      names,
      kind: first((e) => e.kind),
      country: first((e) => e.country),
      support: mergeSupport(...group.map((r) => [supportOf(r.article, r.entity.mentions)])),
    });
  });
  return { entities, conflicts };
}

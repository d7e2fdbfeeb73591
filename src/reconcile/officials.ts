import type { Conflict, ConflictKind, Official, Support } from '../schema/events.js';
import { ValueBag, conflict, independentVotes, type Outlets } from './conflict.js';
import { byCodeUnit } from './fold.js';
import { nameRelation, parseName } from './names.js';
import { mergeTitles } from './official-titles.js';
import { groupPersons, rolesContradict, sameFullName, type PersonRef } from './person-refs.js';
import { mergeSupport, supportOf } from './support.js';

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function mentionSupport(r: PersonRef): Support[] {
  return [supportOf(r.article, r.person.mentions)];
}

/**
 * The spellings of one person across ALL articles (other events included): records of the same
 * surname whose given names match the group's (same, initial, one edit) with compatible roles.
 * `all` indexes every article's person records by surname. Returns surface name → support.
 */
function family(group: PersonRef[], all: Map<string, PersonRef[]>): ValueBag {
  const bag = new ValueBag();
  const full = group.filter((r) => r.parsed.given.length);
  const titles = group.flatMap((r) => r.titles);
  const inGroup = new Set(group);
  const candidates = new Set([...group, ...(all.get(group[0].parsed.surname) ?? [])]);
  for (const r of candidates) {
    const member = inGroup.has(r) || (r.parsed.given.length > 0 && full.some((g) => sameFullName(g, r)) && !rolesContradict(titles, r.titles));
    if (member) bag.add(cleanName(r.person.name), mentionSupport(r));
  }
  return bag;
}

/** Given names as written count: "Mohsin Naqvi" beats "M. Naqvi", a full name beats a surname. */
function fullness(name: string): number {
  const p = parseName(name);
  return p ? p.given.filter((g) => g.length > 1).length * 2 + p.given.length : 0;
}

/**
 * Builds the officials of one event: person records grouped (surname + given-name rules, roles
 * compatible), the name resolved by the independent majority over every article that names the
 * person (a minority spelling one edit away is a `typo`), titles merged.
 */
export function mergeOfficials(refs: PersonRef[], allRefs: Map<string, PersonRef[]>, outlets: Outlets): { officials: Official[]; conflicts: Conflict[] } {
  const officials: Official[] = [];
  const conflicts: Conflict[] = [];
  groupPersons(refs).forEach((group, i) => {
    const id = `o${i + 1}`;
    const field = `officials[${id}]`;
    const local = new ValueBag();
    for (const r of group) local.add(cleanName(r.person.name), mentionSupport(r));
    const names = local.entries(outlets).map((v) => ({ value: v.value, support: v.sources }));
    const fam = family(group, allRefs).entries(outlets);
    const ranked = [...fam].sort(
      (a, b) =>
        independentVotes(b.sources, outlets) - independentVotes(a.sources, outlets) ||
        fullness(b.value) - fullness(a.value) ||
        byCodeUnit(a.value, b.value),
    );
    const top = ranked[0];
    const tied = ranked.filter((v) => independentVotes(v.sources, outlets) === independentVotes(top.sources, outlets));
    const byMajority = tied.length === 1;
    const byFullness = !byMajority && tied.filter((v) => fullness(v.value) === fullness(top.value)).length === 1;
    const name = top.value;
    const localValues = new Set(names.map((n) => n.value));
    const others = names.filter((n) => n.value !== name);
    if (others.length) {
      const buckets = new Map<ConflictKind, typeof others>();
      const pw = parseName(name);
      for (const o of others) {
        const po = parseName(o.value);
        const rel = po && pw ? nameRelation(po, pw) : 'different';
        const kind: ConflictKind = rel === 'typo' ? 'typo' : rel === 'same' ? 'equivalent' : 'variant';
        if (!buckets.has(kind)) buckets.set(kind, []);
        buckets.get(kind)!.push(o);
      }
      const winnerSources = localValues.has(name) ? names.find((n) => n.value === name)!.support : top.sources;
      const note = localValues.has(name) ? undefined : `"${name}" is how the other articles naming this person spell it`;
      for (const kind of ['equivalent', 'variant', 'typo'] as const) {
        const list = buckets.get(kind);
        if (!list) continue;
        const values = [{ value: name, sources: winnerSources }, ...list.map((o) => ({ value: o.value, sources: o.support }))];
        if (kind === 'equivalent') conflicts.push(conflict(`${field}.name`, values, kind, name, 'canonical-form'));
        else if (byMajority) conflicts.push(conflict(`${field}.name`, values, kind, name, 'majority-independent', note));
        else if (byFullness || kind === 'variant') conflicts.push(conflict(`${field}.name`, values, kind, name, 'most-specific', note));
        else conflicts.push(conflict(`${field}.name`, values, kind, null, 'unresolved', 'spellings tie'));
      }
    }
    const t = mergeTitles(group, field, outlets);
    conflicts.push(...t.conflicts);
    const aff = new Map<string, { country: string | null; org: string | null; support: Support[] }>();
    for (const r of group) {
      const a = r.person.affiliation;
      if (!a) continue;
      const key = JSON.stringify([a.country, a.org]);
      const prev = aff.get(key);
      const s = [supportOf(r.article, r.person.mentions.slice(0, 1))];
      aff.set(key, { country: a.country, org: a.org, support: prev ? mergeSupport(prev.support, s) : s });
    }
    officials.push({
      id,
      name,
      names,
      title: t.title,
      titles: t.titles,
      affiliations: [...aff.entries()].sort((a, b) => byCodeUnit(a[0], b[0])).map(([, v]) => v),
      support: mergeSupport(...group.map(mentionSupport)),
    });
  });
  return { officials, conflicts };
}

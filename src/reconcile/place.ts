import type { Conflict, SupportedValue } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, majority, type Outlets } from './conflict.js';
import { mergeSupport, supportOf } from './support.js';
import { nameKey, surfaceKey } from './fold.js';

/**
 * "ISLAMABAD" → "Islamabad": an all-caps dateline takes the mixed-case spelling the articles
 * use for that place ("Dar es Salaam"), else title case; mixed-case names are kept as written.
 */
function display(place: string, spellings: Map<string, string>): string {
  const t = place.trim();
  if (t !== t.toUpperCase()) return t;
  return spellings.get(nameKey(t)) ?? t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function mixedCaseSpellings(inputs: Input[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { article } of inputs)
    for (const e of article.places)
      for (const n of [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)])
        if (n !== n.toUpperCase() && !map.has(nameKey(n))) map.set(nameKey(n), n.trim());
  return map;
}

/**
 * The event place from the datelines. Case-only differences are the same value; spelling
 * variants are `equivalent`; different places are a `variant` (a dateline says where a report
 * was filed, not where the event happened), resolved by independent majority when there is one.
 */
export function mergePlace(inputs: Input[], outlets: Outlets): { place: SupportedValue | null; conflicts: Conflict[] } {
  const byKey = new Map<string, ValueBag>();
  const spellings = mixedCaseSpellings(inputs);
  for (const { id, article } of inputs) {
    const d = article.dateline;
    if (!d) continue;
    const key = nameKey(d.place);
    if (!byKey.has(key)) byKey.set(key, new ValueBag());
    byKey.get(key)!.add(display(d.place, spellings), [supportOf(id, [d.evidence])]);
  }
  if (!byKey.size) return { place: null, conflicts: [] };
  const conflicts: Conflict[] = [];
  const groups = [...byKey.values()].map((bag) => {
    const values = bag.entries(outlets);
    const surfaces = new Set(values.map((v) => surfaceKey(v.value)));
    if (surfaces.size > 1) conflicts.push(conflict('place', values, 'equivalent', values[0].value, 'canonical-form'));
    return { value: values[0].value, sources: mergeSupport(...values.map((v) => v.sources)) };
  });
  groups.sort((a, b) => b.sources.length - a.sources.length || (a.value < b.value ? -1 : 1));
  if (groups.length === 1) return { place: { value: groups[0].value, support: groups[0].sources }, conflicts };
  const winner = majority(groups, outlets);
  conflicts.push(
    conflict('place', groups, 'variant', winner, winner ? 'majority-independent' : 'unresolved', 'datelines differ: each names where its report was filed'),
  );
  const chosen = groups.find((g) => g.value === winner);
  return { place: chosen ? { value: chosen.value, support: chosen.sources } : null, conflicts };
}


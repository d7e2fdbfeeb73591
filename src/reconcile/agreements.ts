import type { Agreement } from '../schema/article.js';
import type { Conflict, MergedAgreement, Support } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, type Outlets } from './conflict.js';
import { foldSpelling, nameKey, words } from './fold.js';
import { mergeSupport, supportOf } from './support.js';

/** How firm a status is: a higher rank is more specific news about the same agreement. */
const RANK: Record<Agreement['status'], number> = { signed: 5, agreed: 4, committed: 3, planned: 2, offered: 1, discussed: 0 };

const STOP = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'with', 'their', 'its', 'both', 'further', 'also', 'all', 'up', 'between', 'that', 'which', 'this', 'these', 'areas', 'area']);

function terms(a: Agreement): Set<string> {
  return new Set(
    words(`${a.action}`)
      .filter((w) => !STOP.has(w))
      .map((w) => {
        const s = foldSpelling(w);
        return s.length > 4 && s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s;
      }),
  );
}

/**
 * Weighted overlap coefficient: the shared words' weight over the lighter action's weight, each
 * word weighted by its rarity among the event's agreements ("cooperation", "illegal immigration"
 * recur in every clause and say little); 0 unless at least two words are shared.
 */
function overlap(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  let inter = 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) {
    inter++;
    shared += idf.get(t) ?? 1;
  }
  if (inter < 2) return 0;
  const weight = (x: Set<string>) => [...x].reduce((sum, t) => sum + (idf.get(t) ?? 1), 0);
  return shared / Math.min(weight(a), weight(b));
}

/** Agreements about the same action: most of the lighter action's (weighted) content words shared. */
export const SAME_ACTION = 0.55;

/**
 * Merges the agreements of one event by action; parties are united. Different statuses for one
 * agreement ("agreed" / "signed") are a `variant`, resolved to the firmest (most-specific).
 */
export function mergeAgreements(inputs: Input[], outlets: Outlets): { agreements: MergedAgreement[]; conflicts: Conflict[] } {
  const items: Array<{ article: string; a: Agreement; t: Set<string> }> = [];
  for (const { id, article } of inputs) for (const a of article.agreements) items.push({ article: id, a, t: terms(a) });
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.t) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map([...df].map(([t, n]) => [t, Math.log(1 + items.length / n)]));
  // Best pairs first; a group never takes two agreements of one article (it states them apart).
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      if (items[i].article === items[j].article) continue;
      const score = overlap(items[i].t, items[j].t, idf);
      if (score >= SAME_ACTION) pairs.push([score, i, j]);
    }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  for (const [, i, j] of pairs) {
    const [gi, gj] = [group[i], group[j]];
    if (gi === gj) continue;
    const arts = new Set(members.get(gi)!.map((k) => items[k].article));
    if (members.get(gj)!.some((k) => arts.has(items[k].article))) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    for (const k of members.get(drop)!) group[k] = keep;
    members.set(keep, [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y));
    members.delete(drop);
  }
  const groups = [...members.entries()].sort((x, y) => x[0] - y[0]).map(([, ks]) => ({ items: ks.map((k) => items[k]) }));
  const agreements: MergedAgreement[] = [];
  const conflicts: Conflict[] = [];
  groups.forEach((g, i) => {
    const id = `a${i + 1}`;
    const statuses = new ValueBag();
    const parties = new Map<string, string>();
    const support: Support[][] = [];
    for (const { article, a } of g.items) {
      const s = [supportOf(article, [a])];
      support.push(s);
      statuses.add(a.status, s);
      for (const p of a.parties) if (!parties.has(nameKey(p.name))) parties.set(nameKey(p.name), p.name.trim());
    }
    const status = [...g.items.map((x) => x.a.status)].sort((a, b) => RANK[b] - RANK[a])[0];
    const values = statuses.entries(outlets);
    if (values.length > 1) conflicts.push(conflict(`agreements[${id}].status`, values, 'variant', status, 'most-specific', 'reports of one agreement at different stages'));
    agreements.push({
      id,
      action: g.items[0].a.action,
      status,
      parties: [...parties.values()],
      support: mergeSupport(...support),
    });
  });
  return { agreements, conflicts };
}

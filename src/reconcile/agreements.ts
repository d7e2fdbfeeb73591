import type { Agreement } from '../schema/article.js';
import type { Conflict, MergedAgreement, Support } from '../schema/events.js';
import type { Input } from './input.js';
import { ValueBag, conflict, type Outlets } from './conflict.js';
import { foldSpelling, nameKey, words } from './fold.js';
import { mergeSupport, supportOf } from './support.js';

/** How firm a status is: a higher rank is more specific news about the same agreement. */
const RANK: Record<Agreement['status'], number> = { signed: 5, agreed: 4, committed: 3, planned: 2, offered: 1, discussed: 0 };

const STOP = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'with', 'their', 'its', 'both', 'further', 'also']);

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

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Agreements about the same action: at least half of their content words shared. */
export const SAME_ACTION = 0.5;

/**
 * Merges the agreements of one event by action; parties are united. Different statuses for one
 * agreement ("agreed" / "signed") are a `variant`, resolved to the firmest (most-specific).
 */
export function mergeAgreements(inputs: Input[], outlets: Outlets): { agreements: MergedAgreement[]; conflicts: Conflict[] } {
  const groups: Array<{ items: Array<{ article: string; a: Agreement; t: Set<string> }> }> = [];
  for (const { id, article } of inputs) {
    for (const a of article.agreements) {
      const t = terms(a);
      const home = groups.find((g) => g.items.some((x) => jaccard(x.t, t) >= SAME_ACTION));
      if (home) home.items.push({ article: id, a, t });
      else groups.push({ items: [{ article: id, a, t }] });
    }
  }
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

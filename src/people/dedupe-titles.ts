import type { TitleFact } from '../schema/article.js';

const FIELDS = ['qualifier', 'portfolio', 'country', 'org'] as const;

/**
 * Distinct titles of one person, first-seen order: a title is dropped when another with the
 * same role says everything it says and more ("Minister" inside "Interior Minister";
 * "US Ambassador" inside "acting US Ambassador to Pakistan").
 */
export function dedupeTitles(titles: readonly TitleFact[]): TitleFact[] {
  const keep: TitleFact[] = [];
  titles.forEach((t, i) => {
    const covered = titles.some((o, j) => j !== i && o.role === t.role && subsumes(o, t) && (!subsumes(t, o) || j < i));
    if (!covered) keep.push(t);
  });
  return keep;
}

/** True when `a` states every field `b` states, with the same value. */
function subsumes(a: TitleFact, b: TitleFact): boolean {
  return FIELDS.every((f) => b[f] === null || a[f] === b[f]);
}

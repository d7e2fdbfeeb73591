import type { Events } from '../schema/events.js';
import type { Span } from '../schema/common.js';
import { articleResult } from './article.js';
import type { ArticleResult, Finding } from './report-schema.js';

/**
 * Adds a `genuine-conflict` check to every checked article: failed for each article whose
 * facts are among the values of a `genuine` conflict that reconcile reported. `keys[i]` is the
 * article id reconcile used for `results[i]` (null for an input that was not an article).
 */
export function addConflictChecks(results: ArticleResult[], keys: (string | null)[], events: Events): ArticleResult[] {
  const names = new Map<string, string>();
  keys.forEach((k, i) => k !== null && names.set(k, results[i].name));
  const found = new Map<string, Finding[]>();
  for (const event of events.events) {
    for (const conflict of event.conflicts) {
      if (conflict.kind !== 'genuine') continue;
      const described = conflict.values.map((v) => `${JSON.stringify(v.value)} (${v.sources.map((s) => names.get(s.article) ?? s.article).join(', ')})`);
      const message = `genuine conflict in ${event.id} ${conflict.field}: ${described.join(' vs ')}`;
      for (const value of conflict.values) {
        for (const source of value.sources) {
          const others = conflict.values.filter((v) => v !== value).map((v) => v.value).join(' | ');
          const spans: Span[] = source.spans.map((s) => ({ start: s.start, end: s.end, text: s.text }));
          const list = found.get(source.article) ?? [];
          if (!list.some((f) => f.message === message)) list.push({ kind: 'genuine-conflict', field: conflict.field, message, expected: others, actual: value.value, spans });
          found.set(source.article, list);
        }
      }
    }
  }
  return results.map((r, i) => {
    const key = keys[i];
    if (key === null) return r;
    const findings = found.get(key) ?? [];
    const check = { check: 'genuine-conflict', status: findings.length ? ('fail' as const) : ('pass' as const), findings };
    return articleResult(r.name, r.source, [...r.checks, check]);
  });
}

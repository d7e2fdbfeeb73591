import type { Span } from '../schema/common.js';
import type { Support } from '../schema/events.js';
import { byCodeUnit } from './fold.js';

/** Support of one article for a value: its spans (null spans are skipped). */
export function supportOf(article: string, spans: Array<Span | null | undefined>): Support {
  return { article, spans: spans.filter((s): s is Span => !!s).map((s) => ({ start: s.start, end: s.end, text: s.text })) };
}

/** Merges support lists: one entry per article (sorted by id), spans deduplicated and sorted by offset. */
export function mergeSupport(...lists: Support[][]): Support[] {
  const byArticle = new Map<string, Map<string, Span>>();
  for (const list of lists) {
    for (const s of list) {
      let spans = byArticle.get(s.article);
      if (!spans) byArticle.set(s.article, (spans = new Map()));
      for (const sp of s.spans) spans.set(`${sp.start}:${sp.end}`, sp);
    }
  }
  return [...byArticle.keys()].sort(byCodeUnit).map((article) => ({
    article,
    spans: [...byArticle.get(article)!.values()].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
}

/** The articles a support list names. */
export function articlesOf(support: Support[]): string[] {
  return support.map((s) => s.article);
}

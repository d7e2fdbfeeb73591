import type { Article } from '../schema/article.js';
import { byCodeUnit } from './fold.js';

/** An article with the id reconcile uses for it and its independence group (outlet). */
export interface Input {
  id: string;
  article: Article;
  /** Articles from the same outlet count once when voting (`majority-independent`). */
  outlet: string;
}

/** The id of an article: `source.path ?? source.id`, else its sha256, else its position. */
export function articleId(article: Article, index: number): string {
  return article.source.path ?? article.source.id ?? article.source.sha256 ?? `article-${index + 1}`;
}

/** Gives every article a unique id and sorts by it, so the output does not depend on input order. */
export function prepareInputs(articles: Article[]): Input[] {
  const raw = articles.map((article, i) => ({ id: articleId(article, i), article }));
  raw.sort((a, b) => byCodeUnit(a.id, b.id) || byCodeUnit(JSON.stringify(a.article), JSON.stringify(b.article)));
  const seen = new Map<string, number>();
  return raw.map(({ id, article }) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const uid = n === 1 ? id : `${id}#${n}`;
    const outlet = article.outlet?.name.trim().toLowerCase() || `article:${uid}`;
    return { id: uid, article, outlet };
  });
}

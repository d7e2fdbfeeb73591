import type { Article } from '../schema/article.js';
import { words } from './fold.js';
import { tokenTerms } from './terms.js';

/** Full calendar days the article mentions ("signed on 6 December"): a specific clue, one term each. */
function dayTerms(article: Article): string[] {
  return article.dates.filter((d) => d.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)).map((d) => `@${d.value}`);
}

/**
 * The terms of an article: {@link factTerms} (the text of its facts: figure sentences, agreements,
 * names of places and organizations, full days) plus, when the record has them, its `terms` (top
 * content terms of the whole repaired text, with counts). Records written before `terms` existed
 * get the fact terms alone. Measured on written multi-outlet clusters and the seeds
 * (scripts/eval-reconcile.ts): `terms` alone blur two meetings of the same pair on the same topic
 * (seeds: same-event 0.28 < different-event 0.33), the facts keep the event-specific sentences
 * in front, and the sum keeps vectors rich when few facts were found.
 */
export function articleTerms(article: Article): string[] {
  if (!article.terms) return factTerms(article);
  const terms = factTerms(article);
  for (const [t, n] of article.terms) for (let i = 0; i < n; i++) terms.push(t);
  return terms;
}

/**
 * The fallback terms, built from what the record's facts hold (no raw text): headline, every
 * fact's span text, figure sentences and counted things, agreement texts and actions,
 * organization and place names, full calendar days mentioned. People's names and titles are left out: shared officials are
 * weak evidence on their own (counted apart), not textual similarity. Each distinct text counts once.
 */
export function factTerms(article: Article): string[] {
  const texts = new Set<string>();
  const add = (t: string | null | undefined) => {
    if (t) texts.add(t);
  };
  add(article.title?.text);
  add(article.dateline?.place);
  for (const e of [...article.organizations, ...article.places]) {
    add(e.name);
    for (const a of e.aliases) add(a);
  }
  for (const f of article.figures) {
    add(f.sentence.text);
    add(f.counts);
  }
  for (const a of article.agreements) {
    add(a.text);
    add(a.action);
  }
  for (const q of article.quotes ?? []) add(q.text);
  // People's names inside sentences are left out too: shared officials are counted apart.
  const names = new Set(article.people.flatMap((p) => [p.name, ...p.mentions.map((m) => m.text)]).flatMap(words));
  const terms = dayTerms(article);
  for (const t of texts) terms.push(...tokenTerms(t, names));
  return terms;
}

/** A sparse L2-normalized TF-IDF vector. */
export type Vector = Map<string, number>;

/** TF-IDF vectors (sublinear tf, smoothed idf over the given set), one per article, in order. */
export function tfidfVectors(termLists: string[][]): Vector[] {
  const n = termLists.length;
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return termLists.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * (Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/** Cosine of two normalized vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/** The k highest-weighted terms of a vector (for blocking), ties by term. */
export function topTerms(v: Vector, k: number): string[] {
  return [...v.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([t]) => t);
}

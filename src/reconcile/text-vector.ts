import type { Article } from '../schema/article.js';
import { foldSpelling, words } from './fold.js';

const STOPWORDS = new Set(
  (
    'a an the and or but of for to in on at by with from as into onto over under about after before during ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'this that these those it its he she they them his her their we our us you your i me my who whom which what ' +
    'not no also said says say told added noted stated according more most than very such other all both each ' +
    'mr ms mrs dr one two three there here then so if while when where up out its'
  ).split(/\s+/),
);

/** Crude English stem: enough to match "operations"/"operation", "seized"/"seizes". */
function stem(word: string): string {
  let w = foldSpelling(word);
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/**
 * The terms of an article built from what its record holds (no raw text): headline, every
 * fact's span text, figure sentences and counted things, agreement texts and actions,
 * organization and place names, full calendar days mentioned. People's names and titles are left out: shared officials are
 * weak evidence on their own (counted apart), not textual similarity. Each distinct text counts once.
 */
export function articleTerms(article: Article): string[] {
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
  const terms: string[] = [];
  // A full calendar day mentioned is a specific clue ("signed on 6 December"); one term each.
  for (const d of article.dates) if (d.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) terms.push(`@${d.value}`);
  for (const t of texts) {
    for (const w of words(t)) {
      if (w.length < 2 || STOPWORDS.has(w) || names.has(w) || /^\d+$/.test(w)) continue;
      terms.push(stem(w));
    }
  }
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

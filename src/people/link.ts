import type { NameMention } from './candidates.js';
import { sameGivenName } from './fuzzy.js';
import type { WordIndex } from './words.js';

/** One person: the mentions that name them, in text order. */
export interface PersonCluster {
  mentions: NameMention[];
  /** The mention whose name becomes the person's `name` (first full-name mention, else first). */
  canonical: NameMention;
}

/**
 * Document-level linking. Full names (two words or more) are merged when they are the same
 * name, one extends the other with the same surname, or the given names differ by an initial
 * or a one-letter slip ("Mohin Naqvi" / "Mohsin Naqvi"). One-word mentions ("Naqvi", "Mr
 * Naqvi") join the person whose name contains that word — surname first, the nearest full
 * mention before them when several qualify — or form a one-word person of their own.
 */
export function linkMentions(index: WordIndex, mentions: readonly NameMention[]): PersonCluster[] {
  const folded = (m: NameMention) => index.folds.slice(m.start, m.end).filter((w) => w !== '.');
  const clusters: { c: PersonCluster; names: string[][] }[] = [];
  const singles: NameMention[] = [];
  for (const m of mentions) {
    const words = folded(m);
    if (words.length < 2) {
      singles.push(m);
      continue;
    }
    const hit = clusters.find((k) => k.names.some((n) => sameFullName(n, words)));
    if (hit) {
      hit.c.mentions.push(m);
      hit.names.push(words);
    } else clusters.push({ c: { mentions: [m], canonical: m }, names: [words] });
  }
  const full = clusters.slice();
  const bySingle = new Map<string, { c: PersonCluster; names: string[][] }>();
  for (const m of singles) {
    const w = folded(m)[0];
    if (w === undefined) continue;
    const target = nearest(full, m, (names) => names.some((n) => n[n.length - 1] === w)) ?? nearest(full, m, (names) => names.some((n) => n.includes(w)));
    if (target) {
      target.c.mentions.push(m);
      continue;
    }
    const own = bySingle.get(w);
    if (own) own.c.mentions.push(m);
    else {
      const k = { c: { mentions: [m], canonical: m }, names: [[w]] };
      bySingle.set(w, k);
      clusters.push(k);
    }
  }
  for (const k of clusters) k.c.mentions.sort((a, b) => a.spanStart - b.spanStart);
  return clusters.map((k) => k.c).sort((a, b) => a.mentions[0].spanStart - b.mentions[0].spanStart);
}

function sameFullName(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === b.length && a.every((w, i) => w === b[i] || (i === 0 && sameGivenName(w, b[i])))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (const w of long) if (j < short.length && (w === short[j] || sameGivenName(w, short[j]))) j++;
  return j === short.length;
}

/** Among clusters whose names satisfy `ok`, the one with a full mention nearest before `m` (else after). */
function nearest<K extends { c: PersonCluster; names: string[][] }>(list: K[], m: NameMention, ok: (names: string[][]) => boolean): K | null {
  let before: K | null = null;
  let beforePos = -1;
  let after: K | null = null;
  let afterPos = Infinity;
  for (const k of list) {
    if (!ok(k.names)) continue;
    for (const x of k.c.mentions) {
      if (x.end - x.start < 2) continue;
      if (x.start < m.start && x.start > beforePos) [before, beforePos] = [k, x.start];
      if (x.start > m.start && x.start < afterPos) [after, afterPos] = [k, x.start];
    }
  }
  return before ?? after;
}

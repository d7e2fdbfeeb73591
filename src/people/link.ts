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
  const clusters: Cluster[] = [];
  /** Full-name clusters by surname, and by any of their name words (for one-word mentions). */
  const bySurname = new Map<string, Cluster[]>();
  const byWord = new Map<string, Cluster[]>();
  const singles: NameMention[] = [];
  for (const m of mentions) {
    const words = folded(m);
    if (words.length < 2) {
      singles.push(m);
      continue;
    }
    const last = words[words.length - 1];
    const hit = (bySurname.get(last) ?? []).find((k) => k.names.some((n) => sameFullName(n, words)));
    const target = hit ?? { c: { mentions: [], canonical: m }, names: [], full: [] };
    if (!hit) {
      clusters.push(target);
      push(bySurname, last, target);
    }
    target.c.mentions.push(m);
    target.full.push(m.start);
    target.names.push(words);
    for (const w of words) if (!(byWord.get(w) ?? []).includes(target)) push(byWord, w, target);
  }
  const bySingle = new Map<string, Cluster>();
  for (const m of singles) {
    const w = folded(m)[0];
    if (w === undefined) continue;
    const target = nearest(bySurname.get(w) ?? [], m) ?? nearest(byWord.get(w) ?? [], m);
    if (target) {
      target.c.mentions.push(m);
      continue;
    }
    const own = bySingle.get(w);
    if (own) own.c.mentions.push(m);
    else {
      const k: Cluster = { c: { mentions: [m], canonical: m }, names: [[w]], full: [] };
      bySingle.set(w, k);
      clusters.push(k);
    }
  }
  for (const k of clusters) {
    k.c.mentions.sort((a, b) => a.spanStart - b.spanStart);
    k.c.canonical = canonicalOf(index, k.c.mentions);
  }
  return clusters.map((k) => k.c).sort((a, b) => a.mentions[0].spanStart - b.mentions[0].spanStart);
}

interface Cluster {
  c: PersonCluster;
  names: string[][];
  /** Start words of the full-name mentions, in text order. */
  full: number[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameFullName(a: string[], b: string[]): boolean {
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === b.length && a.every((w, i) => w === b[i] || (i === 0 && sameGivenName(w, b[i])))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 0;
  for (const w of long) if (j < short.length && (w === short[j] || sameGivenName(w, short[j]))) j++;
  return j === short.length;
}

/** Among the clusters, the one with a full mention nearest before `m` (else nearest after). */
function nearest(list: readonly Cluster[], m: NameMention): Cluster | null {
  let before: Cluster | null = null;
  let beforePos = -1;
  let after: Cluster | null = null;
  let afterPos = Infinity;
  for (const k of list) {
    for (const x of k.full) {
      if (x < m.start && x > beforePos) [before, beforePos] = [k, x];
      if (x > m.start && x < afterPos) [after, afterPos] = [k, x];
    }
  }
  return before ?? after;
}

/** The mention that names the person: the fullest mixed-case name, the earliest among equals. */
function canonicalOf(index: WordIndex, mentions: readonly NameMention[]): NameMention {
  const score = (m: NameMention) => {
    const caps = index.texts.slice(m.start, m.end).every((t) => !/\p{Ll}/u.test(t));
    return (caps ? 0 : 100) + (m.end - m.start);
  };
  let best = mentions[0];
  for (const m of mentions) if (score(m) > score(best)) best = m;
  return best;
}

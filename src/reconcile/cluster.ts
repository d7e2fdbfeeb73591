import type { Features } from './features.js';
import { MAX_DAY_GAP, linkScore, links, pairEvidence } from './pair-evidence.js';
import { topTerms } from './text-vector.js';

/** All pairs below this many articles; above, only pairs sharing a blocking key. */
const ALL_PAIRS_UP_TO = 400;
/** A blocking key held by more articles than this is too common to block on. */
const MAX_POSTING = 250;

/** Candidate pairs [i, j] (i < j): every pair for small sets, else pairs sharing a figure, surname or top term. */
export function candidatePairs(features: Features[]): Array<[number, number]> {
  const n = features.length;
  const pairs: Array<[number, number]> = [];
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    const keys = [...[...f.figures].map((k) => `f:${k}`), ...[...f.officials].map((k) => `o:${k}`), ...topTerms(f.vector, 8).map((k) => `t:${k}`)];
    for (const k of new Set(keys)) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(i);
    }
  });
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * n + list[y];
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([list[x], list[y]]);
        }
      }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** What a growing cluster knows about dates: its event days and the latest day it can be (publications). */
interface DateBounds {
  min: number | null;
  max: number | null;
  /** Earliest publication day of an undated member (+1 day for time zones). */
  latest: number | null;
}

function bounds(f: Features): DateBounds {
  return { min: f.day, max: f.day, latest: f.day === null && f.publishedDay !== null ? f.publishedDay + 1 : null };
}

function minN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
function maxN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The veto: event days more than 3 apart never merge; an event cannot postdate a member's publication. */
function combine(a: DateBounds, b: DateBounds): DateBounds | null {
  const c = { min: minN(a.min, b.min), max: maxN(a.max, b.max), latest: minN(a.latest, b.latest) };
  if (c.min !== null && c.max !== null && c.max - c.min > MAX_DAY_GAP) return null;
  if (c.max !== null && c.latest !== null && c.max > c.latest) return null;
  return c;
}

/**
 * Clusters articles into events: score candidate pairs, keep those the link rules accept, and
 * union them strongest first unless the merged cluster would break the date veto.
 * Returns clusters as sorted index lists, ordered by their first index.
 */
export function clusterArticles(features: Features[]): number[][] {
  const parent = features.map((_, i) => i);
  const state = features.map(bounds);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const scored = candidatePairs(features)
    .map(([i, j]) => ({ i, j, e: pairEvidence(features[i], features[j]) }))
    .filter((p) => links(p.e))
    .map((p) => ({ ...p, score: linkScore(p.e) }))
    .sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  for (const { i, j } of scored) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const merged = combine(state[ri], state[rj]);
    if (!merged) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    state[root] = merged;
  }
  const groups = new Map<number, number[]>();
  features.forEach((_, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}

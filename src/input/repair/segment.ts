import { glueLexicon } from './glue-lexicon.js';
import { wordRank } from './word-frequency.js';
import { detached } from './detached.js';

/**
 * Split a lower-case letter run that no dictionary knows into two or three COMMON words
 * ("significantagreement" → significant + agreement), the cheapest split by word frequency
 * (cost ln(rank), Zipf). Short parts must be very common: one letter only "a", two letters
 * only everyday function words, three letters within the top ranks. Null when no split fits.
 */

const MAX_PARTS = 3;
const MAX_LEN = 40;
const MAX_PART = 24;

/** Largest rank a part of this length may have. */
function rankLimit(len: number): number {
  if (len <= 2) return Infinity; // decided by the whitelists
  if (len === 3) return 4000;
  if (len === 4) return 25000;
  return 60000;
}

const RARE_MIN_LEN = 7;
const RARE_PENALTY = 3;

/** Whether a word is common enough to be a part on its own merit (not just a long rare word). */
export function isCommonPart(part: string): boolean {
  if (part.length === 1) return part === 'a';
  if (part.length === 2) return glueLexicon().twoLetterParts.has(part);
  return wordRank(part) <= rankLimit(part.length);
}

/** Cost of a part, or Infinity when it may not be a part. */
export function partCost(part: string): number {
  if (part.length === 1 && part !== 'a') return Infinity;
  if (part.length === 2 && !glueLexicon().twoLetterParts.has(part)) return Infinity;
  const rank = wordRank(part);
  if (rank === Infinity) return Infinity;
  // A rarer word may be a part when it is long ("on" + "cyberattack", not "on cyber attack").
  if (rank > rankLimit(part.length)) return part.length >= RARE_MIN_LEN ? Math.log(rank + 20) + RARE_PENALTY : Infinity;
  return Math.log(rank + 20);
}

/** Extra cost per part beyond the first, so a split must beat splitting less. */
const PART_PENALTY = 2;

export function segmentWord(lower: string, maxParts = MAX_PARTS): string[] | null {
  // Unknown words (names above all) recur across documents; the split depends on the word alone.
  const key = `${maxParts}:${lower}`;
  let parts = segmented.get(key);
  if (parts === undefined) {
    if (segmented.size >= 20_000) segmented.clear();
    parts = segmentUncached(lower, maxParts);
    // Stored as copies: slices of the article would keep it in memory (see detached()).
    segmented.set(detached(key), parts && parts.map(detached));
  }
  return parts && [...parts];
}

const segmented = new Map<string, string[] | null>();

function segmentUncached(lower: string, maxParts: number): string[] | null {
  const n = lower.length;
  if (n < 3 || n > MAX_LEN) return null;
  // best[k][i]: cheapest cost of lower[0:i] in exactly k parts.
  const best: number[][] = [];
  const back: number[][] = [];
  for (let k = 0; k <= maxParts; k++) {
    best.push(new Array(n + 1).fill(Infinity));
    back.push(new Array(n + 1).fill(-1));
  }
  best[0][0] = 0;
  // Each slice's cost once (a part is at most MAX_PART letters), then the DP over part counts.
  const cost = new Map<number, number>();
  for (let i = 1; i <= n; i++) for (let j = Math.max(0, i - MAX_PART); j < i; j++) cost.set(j * 64 + i, partCost(lower.slice(j, i)));
  for (let k = 1; k <= maxParts; k++) {
    for (let i = 1; i <= n; i++) {
      for (let j = Math.max(0, i - MAX_PART); j < i; j++) {
        if (best[k - 1][j] === Infinity) continue;
        const c = cost.get(j * 64 + i)!;
        if (c === Infinity) continue;
        const total = best[k - 1][j] + c + PART_PENALTY;
        if (total < best[k][i]) {
          best[k][i] = total;
          back[k][i] = j;
        }
      }
    }
  }
  let bestK = -1;
  for (let k = 2; k <= maxParts; k++) if (best[k][n] < (bestK < 0 ? Infinity : best[bestK][n])) bestK = k;
  if (bestK < 0) return null;
  const parts: string[] = [];
  for (let k = bestK, i = n; k > 0; k--) {
    const j = back[k][i];
    parts.unshift(lower.slice(j, i));
    i = j;
  }
  return parts;
}

import { loadTextData } from '../../data-files.js';

/**
 * English word frequency ranks (1 = most frequent), lower-case ASCII, from the shipped list
 * `data/words/en-wikipedia-ranked.txt` (one word a line, most frequent first; source and
 * licence in data/words/README.md). Loaded once per process.
 */
let ranks: Map<string, number> | null = null;

function table(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    const lines = loadTextData('words/en-wikipedia-ranked.txt').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const w = lines[i].trim();
      if (w && !ranks.has(w)) ranks.set(w, i + 1);
    }
  }
  return ranks;
}

/** Rank of a lower-case word, or Infinity when the list does not know it. */
export function wordRank(lower: string): number {
  return table().get(lower) ?? Infinity;
}

/** Whether the list knows the word (any case; words with non-ASCII letters count as known). */
export function isKnownWord(word: string): boolean {
  const t = table();
  if (t.has(word)) return true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return t.has(word.toLowerCase());
}

import { loadTextData } from '../../data-files.js';
import type { WordTable } from './word-table.js';
import { wordTableOf } from './word-table-file.js';

/**
 * English word frequency ranks (1 = most frequent), lower-case ASCII, from the shipped list
 * `data/words/en-wikipedia-ranked.txt` (one word a line, most frequent first; source and
 * licence in data/words/README.md). Loaded once per process.
 */
let ranks: WordTable | null = null;

function table(): WordTable {
  return (ranks ??= wordTableOf(loadTextData('words/en-wikipedia-ranked.txt')));
}

/** Rank of a lower-case word, or Infinity when the list does not know it. */
export function wordRank(lower: string): number {
  return table().rank(lower) || Infinity;
}

/** Whether the list knows the word (any case; words with non-ASCII letters count as known). */
export function isKnownWord(word: string): boolean {
  const t = table();
  if (t.rank(word) > 0) return true;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  // Only ASCII reaches here, where toLowerCase() folds A-Z alone: look up without building it.
  return t.rank(word, true) > 0;
}

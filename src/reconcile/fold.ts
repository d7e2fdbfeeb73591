import { loadJsonData } from '../data-files.js';

interface SpellingData {
  words: Record<string, string[]>;
}

let spellingMap: Map<string, string> | null = null;

/** Variant spelling → folded form ("centre" → "center"), loaded once. */
function spelling(): Map<string, string> {
  if (!spellingMap) {
    spellingMap = new Map();
    const data = loadJsonData<SpellingData>('reconcile-spelling.json');
    for (const [folded, variants] of Object.entries(data.words)) {
      for (const v of variants) spellingMap.set(v, folded);
    }
  }
  return spellingMap;
}

/** Strips diacritics (NFD + combining marks) and lower-cases; curly quotes become straight. */
export function foldCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

/** Word tokens of a folded text: letters and digits; apostrophes and hyphens split words. */
export function words(text: string): string[] {
  return foldCase(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One word with its spelling variant folded ("centre" → "center"). */
export function foldSpelling(word: string): string {
  return spelling().get(word) ?? word;
}

const NAME_STOPWORDS = new Set(['the', 'of', 'for', 'and', '&', 'a', 'an']);

/** A comparison key for names: folded case, diacritics, punctuation, spelling variants and articles. */
export function nameKey(text: string): string {
  return words(text)
    .filter((w) => !NAME_STOPWORDS.has(w))
    .map(foldSpelling)
    .join(' ');
}

/** A key that only folds case, diacritics, punctuation and spacing (no spelling variants). */
export function surfaceKey(text: string): string {
  return words(text).join(' ');
}

/** Code-unit string comparison (locale-independent, deterministic). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { editDistance } from '../text/edit-distance.js';
